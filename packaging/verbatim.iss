; Inno Setup script of the Windows installer: iscc /DAppVersion=0.1.0 /DSourceDir=build\dist\verbatim packaging\verbatim.iss
; Per-user install (no administrator rights needed), Start menu entry, optional desktop icon, and the
; .vbt association (double-clicking a project opens it in Verbatim). The GUI executable is built with
; console=False: no console window.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\build\dist\verbatim"
#endif

[Setup]
AppId={{6C1C8E1E-3F0B-4E43-9B53-5A8E0E1F7A21}
AppName=Verbatim
AppVersion={#AppVersion}
AppPublisher=Verbatim
DefaultDirName={autopf}\Verbatim
DefaultGroupName=Verbatim
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\dist
OutputBaseFilename=Verbatim-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\verbatim.exe
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Verbatim"; Filename: "{app}\verbatim.exe"
Name: "{group}\{cm:UninstallProgram,Verbatim}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Verbatim"; Filename: "{app}\verbatim.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.vbt"; ValueType: string; ValueName: ""; ValueData: "Verbatim.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Verbatim.Project"; ValueType: string; ValueName: ""; ValueData: "Verbatim project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Verbatim.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\verbatim.exe,0"
Root: HKA; Subkey: "Software\Classes\Verbatim.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\verbatim.exe"" ""%1"""

[Run]
Filename: "{app}\verbatim.exe"; Description: "{cm:LaunchProgram,Verbatim}"; Flags: nowait postinstall skipifsilent
