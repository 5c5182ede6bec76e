; Inno Setup script for casetafel (Inno Setup 6.3 or later: https://jrsoftware.org/isinfo.php).
;
; Build the bundle first, then the installer, from the root of the checkout:
;   py -3.12 packaging\build.py
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\casetafel.iss
; The result is dist\casetafel-0.1.0-setup.exe. Silent installation: see packaging\README.md.
;
; Per user by default (no administrator rights; installs in %LOCALAPPDATA%\Programs\casetafel).
; "Install for all users" (C:\Program Files\casetafel) is offered in a dialog, or with /ALLUSERS.
; The user's data (%LOCALAPPDATA%\casetafel\casetafel) is never touched by installing, upgrading or
; removing casetafel.

#define AppName "casetafel"
; Keep in step with casetafel/__init__.py (packaging/build.py checks it).
#define AppVersion "0.1.0"
#define AppPublisher "casetafel-ontwikkelaars"
#define AppExeName "casetafel.exe"
#define BundleDir "..\..\dist\casetafel"

[Setup]
; The AppId identifies casetafel for upgrades and removal: never change it.
AppId={{37066EA3-AF92-41BE-A1D3-5E426303E2CA}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#AppPublisher}, EUPL-1.2
VersionInfoVersion={#AppVersion}.0
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installatie
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousAppDir=yes
UsePreviousPrivileges=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\casetafel.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running casetafel is asked to close (Windows Restart Manager) before files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; The first entry is used when the Windows display language is neither Dutch nor English.
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files left over from an older version (for example a removed
; database migration script) must not stay behind next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms}: the user's Start menu for a per-user install, the common one for all users.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[CustomMessages]
nl.AppComment=Casuïstiektafel van raad en professionals
en.AppComment=Case table of council members and professionals

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
