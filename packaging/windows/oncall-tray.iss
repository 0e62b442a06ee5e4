; Inno Setup script: per-user installer of the oncall-tray bundle (issue 7).
; Build the bundle on Windows first, then the installer:
;   .venv\Scripts\python -m PyInstaller --noconfirm packaging\pyinstaller\oncall-tray.spec
;   iscc packaging\windows\oncall-tray.iss        (Inno Setup 6; writes dist\oncall-tray-setup-<version>.exe)
; No administrator rights: installs under %LOCALAPPDATA%\Programs, a Start menu entry that
; carries the AppUserModelID (so Windows credits notifications to oncall-tray, not Python), and
; an uninstaller (Settings > Apps) that also removes the "start with the session" Run value.

#define AppName "oncall-tray"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "oncall-tray.exe"
#define AppUserModelID "ConectCRM.OncallTray"
#define BundleDir "..\..\dist\oncall-tray"

[Setup]
AppId={{6C0F3E0B-7E0B-4C36-9E55-4D2B1F0A7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=ConectCRM
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-setup-{#AppVersion}
SetupIconFile=oncall-tray.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ptbr"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"

[Tasks]
Name: "autostart"; Description: "Start {#AppName} when I log in"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Comment: "Watches Prometheus Alertmanager for the on-call engineer"

[Registry]
; The same value as "oncall-tray autostart on" writes (HKCU\...\Run, value "oncall-tray").
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"""; Tasks: autostart; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "{#AppName}"; Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName} now"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Quit a running tray before its files are removed.
Filename: "{sys}\taskkill.exe"; Parameters: "/IM {#AppExe} /F"; Flags: runhidden; RunOnceId: "StopTray"
