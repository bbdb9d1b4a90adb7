@echo off
rem langsim launcher for Windows: runs lib\langsim.jar of the distribution archive, or target\langsim.jar in a
rem source checkout (build it with: mvn -B -q -DskipTests package). JAVA_HOME picks the Java 17+ to use;
rem JAVA_OPTS and LANGSIM_JAVA_OPTS pass JVM options (e.g. -Xmx8g). The exit code is langsim's.
setlocal
set "LANGSIM_HOME=%~dp0.."
if defined LANGSIM_JAR (set "JAR=%LANGSIM_JAR%") else (set "JAR=%LANGSIM_HOME%\lib\langsim.jar")
if not exist "%JAR%" set "JAR=%LANGSIM_HOME%\target\langsim.jar"
if not exist "%JAR%" (
  echo langsim: no lib\langsim.jar or target\langsim.jar under %LANGSIM_HOME%; in a source checkout, build it first: mvn -B -q -DskipTests package 1>&2
  exit /b 1
)
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" %JAVA_OPTS% %LANGSIM_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
