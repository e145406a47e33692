# Builds the Windows installer from this checkout:
#   dist\zoho-wizard\                        onedir PyInstaller bundle (zoho-wizard.exe, zoho-wizard-cli.exe)
#   dist\zoho-wizard-windows-setup.exe       per-user Inno Setup installer of that bundle
#
#   pwsh packaging\windows\build.ps1         (from anywhere; venv: build\venv)
#
# Needs Python 3.11+ (python on PATH) and Inno Setup 6 (https://jrsoftware.org/isinfo.php).
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $root

function Assert-ExitCode([string]$What) {
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$venv = Join-Path $root 'build\venv'
$start = Get-Date
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    python -m venv $venv
    Assert-ExitCode 'python -m venv'
}
& "$venv\Scripts\python.exe" -m pip install -q --disable-pip-version-check . 'pyinstaller>=6,<7'
Assert-ExitCode 'pip install'
& "$venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\zoho-wizard.spec
Assert-ExitCode 'pyinstaller'

$init = Get-Content -Raw 'zoho_wizard\__init__.py'
if ($init -notmatch '(?m)^__version__\s*=\s*"([^"]+)"') {
    throw 'No __version__ = "..." line in zoho_wizard\__init__.py'
}
$version = $Matches[1]

$iscc = (Get-Command 'ISCC.exe' -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    $iscc = @(
        (Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe'),
        (Join-Path $env:LOCALAPPDATA 'Programs\Inno Setup 6\ISCC.exe')  # Inno Setup installed for one user
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $iscc) { throw 'Inno Setup 6 (ISCC.exe) not found: install it, or put ISCC.exe on PATH' }
& $iscc /Q "/DAppVersion=$version" 'packaging\windows\zoho-wizard.iss'
Assert-ExitCode 'ISCC'

$seconds = [int]((Get-Date) - $start).TotalSeconds
Write-Host "Built zoho-wizard $version in $seconds s: dist\zoho-wizard\, dist\zoho-wizard-windows-setup.exe"
