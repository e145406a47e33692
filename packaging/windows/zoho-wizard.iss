; Inno Setup 6 script: the per-user Windows installer dist\zoho-wizard-windows-setup.exe,
; made from the PyInstaller bundle dist\zoho-wizard\ (see packaging\windows\build.ps1).
;
;   ISCC /DAppVersion=0.1.0 packaging\windows\zoho-wizard.iss        (from the repository root)
;
; Paths below are relative to this script's folder (Inno's default source directory), so the
; working directory does not matter.
;
; It needs no administrator rights: it installs into the user's own Programs folder
; (%LOCALAPPDATA%\Programs\Zoho Books Connection Wizard), with a Start-menu shortcut to the
; wizard, zoho-wizard.exe. The terminal commands are in the same folder, zoho-wizard-cli.exe
; (e.g. "zoho-wizard-cli status"); the installer does not add it to PATH.
;
; The company's setup file (see the README: it fills in everything but the sign-in) comes with
; /SETUP=FILE, also in a silent install:
;
;   zoho-wizard-windows-setup.exe /VERYSILENT /SETUP="\\server\it\zoho-setup.json"
;
; It goes where the app looks for this person's own, %LOCALAPPDATA%\zoho-wizard\zoho-wizard\setup.json
; (platformdirs' folder for "zoho-wizard"), and stays there when the app is removed, like the
; connections. The app checks it when it starts and says what is wrong with it, if anything.

#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or newer is needed (for x64compatible)
#endif
#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=X.Y.Z packaging\windows\zoho-wizard.iss (build.ps1 does this)
#endif

#define AppName "Zoho Books Connection Wizard"
#define AppExe "zoho-wizard.exe"

[Setup]
; Fixed for good: Windows recognises upgrades and the uninstaller by this id.
AppId={{FF6145FB-3C9E-492C-99D0-A60DD23EC2BF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
; Non administrative install mode: {autopf} is the user's Programs folder, {autoprograms} the
; user's Start menu, and the uninstaller is registered for this user only.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; The bundle is 64-bit (x64) Python.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
SetupIconFile=..\icons\zoho-wizard.ico
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
; Relative to the source directory, i.e. this script's folder: the repository's dist\.
OutputDir=..\..\dist
OutputBaseFilename=zoho-wizard-windows-setup

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the previous version's libraries instead of mixing with them.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\zoho-wizard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{param:SETUP|}"; DestDir: "{localappdata}\zoho-wizard\zoho-wizard"; DestName: "setup.json"; Flags: external uninsneveruninstall; Check: SetupGiven

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function SetupGiven: Boolean;
begin
  Result := ExpandConstant('{param:SETUP|}') <> '';
end;
