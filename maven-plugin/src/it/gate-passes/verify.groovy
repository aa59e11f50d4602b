// The gate passed in the application module, the memory is valid, and the memory goals ran on
// the project's one .claude/ (UTF-8 and no colour escapes under LANG=C).
def log = new File(basedir, 'build.log').getText('UTF-8')
def structure = new File(basedir, '.claude/project_structure.json').getText('UTF-8')
def entries = new groovy.json.JsonSlurper().parse(new File(basedir, '.claude/project_log.json'))
assert log.contains('✓ No critical module is unwired (1 report).')
assert !log.contains('gate-parent: no wiring report')
assert log.contains('BUILD SUCCESS')
assert !log.contains('\u001b[')
assert structure.contains('"store"')
assert entries.last().requested == 'Release'
assert entries.last().executed == 'Tagged'
assert entries.last().files_touched == ['app/pom.xml']
assert !new File(basedir, 'app/.claude').exists()
assert !new File(basedir, 'core/.claude').exists()
return true
