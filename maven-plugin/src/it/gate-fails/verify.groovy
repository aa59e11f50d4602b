// The gate fails the build on the unwired critical module, with the module and the reason.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[ERROR\] .*wiring\.json: module 'store' \(it\.core\.Store\) is @Critical and NOT WIRED from it\.app\.Main\. Critical because: results are lost without it\./
assert log.contains('[plumbline] plumbline:check failed: see the [ERROR] lines above.')
assert log.contains('BUILD FAILURE')
return true
