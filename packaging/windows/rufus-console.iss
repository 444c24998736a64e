; Inno Setup 6 script: a per-user installer for the Windows app folder. Built by the Windows
; job of .github/workflows/bundles.yml; it has never been run from here (see the README).
;
;   iscc /DVersion=0.1.0 /DSource=<the app folder> /DOutput=<where the installer goes>
;        packaging\windows\rufus-console.iss
;   → rufus-console-<Version>-windows-x64-setup.exe
;
; Per user: no administrator rights, installed in %LOCALAPPDATA%\Programs\Rufus Console, a
; Start menu entry, an uninstaller in Settings → Apps. The settings (registry), logs, close
; history and the key in Credential Manager are the user's and stay when it is removed.

#ifndef Version
  #error Pass the version: iscc /DVersion=...
#endif
#ifndef Source
  #error Pass the app folder: iscc /DSource=...
#endif
#ifndef Output
  #define Output "."
#endif

[Setup]
; The installer's identity across versions: an upgrade replaces, never duplicates. Never change.
AppId={{30EC3E68-BA6A-4828-B03E-FC61B5860D78}
AppName=Rufus Console
AppVersion={#Version}
AppVerName=Rufus Console {#Version}
AppPublisher=Rufus Console
VersionInfoVersion={#Version}
PrivilegesRequired=lowest
DefaultDirName={autopf}\Rufus Console
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
OutputDir={#Output}
OutputBaseFilename=rufus-console-{#Version}-windows-x64-setup
SetupIconFile=..\..\resources\icons\rufus-console.ico
UninstallDisplayIcon={app}\rufus-console.exe
UninstallDisplayName=Rufus Console
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An open window would keep its files: Setup asks to close it first.
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ca"; MessagesFile: "compiler:Languages\Catalan.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade leaves no file of the older version behind in the app folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Rufus Console"; Filename: "{app}\rufus-console.exe"
Name: "{autodesktop}\Rufus Console"; Filename: "{app}\rufus-console.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\rufus-console.exe"; Description: "{cm:LaunchProgram,Rufus Console}"; Flags: nowait postinstall skipifsilent
