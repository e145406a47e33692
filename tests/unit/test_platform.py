"""What each system (linux, win32, darwin) must provide for the window, and the advice when a part
is missing: two plain sentences, the second one saying what to do, in words of that system."""

from __future__ import annotations

import pytest

from zoho_wizard.ui.platforms import debian_package, dialog_commands, missing_part, no_display, plugin_files

LINUX_ERROR = ("Cannot load library /qt/plugins/platforms/libqxcb.so: (libEGL.so.1: cannot open shared object file: "
               "No such file or directory)")
WINDOWS_ERROR = "DLL load failed while importing QtGui: The specified module could not be found."
MACOS_ERROR = ("dlopen(/app/PySide6/QtGui.abi3.so, 0x0002): Library not loaded: @rpath/QtGui.framework/QtGui\n"
               "  Referenced from: /app/PySide6/QtGui.abi3.so\n  Reason: tried: '/app/QtGui' (no such file)")


def assert_two_sentences(message: str) -> None:
    assert message.count(". ") == 1 and message.endswith("."), message
    assert "\n" not in message


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libEGL.so.1", "libegl1"), ("libGL.so.1", "libgl1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libdbus-1.so.3", "libdbus-1-3"),
    ("libglib-2.0.so.0", "libglib2.0-0"), ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libfontconfig.so.1", "libfontconfig1"), ("libX11-xcb.so.1", "libx11-xcb1"),
])
def test_package_names_are_debians(soname, package):
    assert debian_package(soname) == package


def test_linux_names_the_package_to_install():
    message = missing_part(LINUX_ERROR, "linux")
    assert_two_sentences(message)
    assert "libEGL.so.1, is not installed" in message and "sudo apt install libegl1" in message


def test_linux_without_a_library_named_says_who_can_help():
    message = missing_part("Cannot load library libqxcb.so: (undefined symbol: xcb_foo)", "linux")
    assert_two_sentences(message)
    assert "(Cannot load library libqxcb.so: (undefined symbol: xcb_foo))" in message
    assert message.endswith("Send this message to your IT contact, or reinstall the app.")


@pytest.mark.parametrize("error", [WINDOWS_ERROR, LINUX_ERROR])
def test_windows_advises_the_visual_cpp_runtime_never_a_debian_package(error):
    message = missing_part(error, "win32")
    assert_two_sentences(message)
    assert "apt" not in message and "Debian" not in message
    assert "Install the Microsoft Visual C++ Redistributable (x64) from Microsoft, or reinstall the app" in message


def test_windows_says_what_failed_to_load():
    message = missing_part(WINDOWS_ERROR, "win32")
    assert "(DLL load failed while importing QtGui: The specified module could not be found)." in message


@pytest.mark.parametrize("error", [MACOS_ERROR, LINUX_ERROR])
def test_macos_advises_reinstalling_and_its_version_never_a_debian_package(error):
    message = missing_part(error, "darwin")
    assert_two_sentences(message)
    assert "apt" not in message and "Debian" not in message
    assert message.endswith("Reinstall the app, and if that does not help, check that this Mac runs macOS 12 or "
                            "later.")


def test_macos_says_what_failed_to_load_in_one_line():
    message = missing_part(MACOS_ERROR, "darwin")
    assert "(dlopen(/app/PySide6/QtGui.abi3.so, 0x0002): Library not loaded: @rpath/QtGui.framework/QtGui)." in message
    assert "Referenced from" not in message


@pytest.mark.parametrize(("environ", "files"), [
    ({}, ["libqxcb.so"]),
    ({"WAYLAND_DISPLAY": "wayland-0"}, ["libqwayland.so", "libqxcb.so"]),
    ({"XDG_SESSION_TYPE": "wayland"}, ["libqwayland.so", "libqxcb.so"]),
    ({"QT_QPA_PLATFORM": "wayland:egl;xcb", "WAYLAND_DISPLAY": "wayland-0"}, ["libqwayland.so", "libqxcb.so"]),
    ({"QT_QPA_PLATFORM": "offscreen"}, ["libqoffscreen.so"]),
])
def test_linux_checks_the_plugins_qt_will_try(environ, files):
    assert plugin_files(environ, "linux") == files


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_have_no_plugin_to_check_nor_display_to_miss(platform):
    assert plugin_files({"QT_QPA_PLATFORM": "xcb"}, platform) == []
    assert not no_display({}, platform)


@pytest.mark.parametrize(("environ", "missing"), [
    ({}, True), ({"DISPLAY": ":0"}, False), ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
])
def test_linux_without_a_display(environ, missing):
    assert no_display(environ, "linux") is missing


def test_dialogs_are_the_desktops_own():
    assert [command[0] for command in dialog_commands("m", "t", "linux")] == ["zenity", "kdialog", "xmessage"]
    assert [command[0] for command in dialog_commands("m", "t", "darwin")] == ["osascript"]
    assert dialog_commands("Two. Sentences.", "Title", "darwin")[0][-2:] == ["Title", "Two. Sentences."]
