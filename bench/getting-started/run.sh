#!/usr/bin/env bash
# Follows the README's "Getting Plumbline" and "Getting started" sections on a generated
# three-module Maven project (a core library, a ServiceLoader plug-in, a command-line app), from
# an empty local Maven repository apart from Plumbline's own install. Every snippet is taken from
# README.md, so a step missing there fails here.
#
#   bench/getting-started/run.sh [WORK_DIR]      (needs JDK 17+, Maven 3.8+, python3, network)
#   REUSE_INSTALL=1 bench/getting-started/run.sh WORK_DIR   (keeps WORK_DIR/m2's earlier install)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
README="$ROOT/README.md"
WORK="${1:-$(mktemp -d)}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
REPO="$WORK/m2"
PROJECT="$WORK/acme"
STEPS=(python3 "$HERE/readme_steps.py")
# An empty local repository; no colour escapes in the logs.
export MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$REPO -Djansi.noreset=true"
fail() { echo "[ERROR] $*" >&2; exit 1; }
step() { echo "[INFO] ==== $*"; }

rm -rf "$PROJECT"
if [ "${REUSE_INSTALL:-}" = 1 ] && [ -d "$REPO/dev/plumbline" ]; then
  step "0-1. REUSE_INSTALL=1: Plumbline already installed in $REPO"
else
  step "0. an empty local repository at $REPO"
  rm -rf "$REPO"
  mkdir -p "$REPO"
  step "1. Getting Plumbline: $("${STEPS[@]}" extract "$README" install) (in $ROOT)"
  start=$SECONDS
  read -r -a install <<<"$("${STEPS[@]}" extract "$README" install)"
  (cd "$ROOT" && "${install[@]}" -Dstyle.color=never > "$WORK/install.log" 2>&1) \
    || fail "installing Plumbline failed: see $WORK/install.log"
  echo "[INFO] installed in $((SECONDS - start)) s"
fi

step "2. an existing three-module project without Plumbline at $PROJECT"
python3 - "$PROJECT" <<'PY'
import os, sys
root = sys.argv[1]
def write(path, text):
    path = os.path.join(root, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w", encoding="utf-8").write(text.lstrip("\n"))
PLUGINS = """
  <build>
    <pluginManagement>
      <plugins>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-install-plugin</artifactId><version>3.1.4</version></plugin>
      </plugins>
    </pluginManagement>
  </build>"""
write("pom.xml", f"""
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>acme</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <name>Acme words</name>
  <description>Counts words and prints them through plug-in formats.</description>
  <modules>
    <module>core</module>
    <module>plugins</module>
    <module>app</module>
  </modules>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>{PLUGINS}
</project>
""")
def module(name, dependencies):
    deps = "".join(f"""
    <dependency>
      <groupId>com.acme</groupId>
      <artifactId>{d}</artifactId>
      <version>1.0</version>
    </dependency>""" for d in dependencies)
    write(f"{name}/pom.xml", f"""
<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.acme</groupId>
    <artifactId>acme</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>{name}</artifactId>
  <dependencies>{deps}
  </dependencies>
</project>
""")
module("core", [])
module("plugins", ["core"])
module("app", ["core", "plugins"])
write("core/src/main/java/com/acme/core/Format.java", """
package com.acme.core;

public interface Format {
  String render(String word, int count);
}
""")
write("core/src/main/java/com/acme/core/Counter.java", """
package com.acme.core;

import java.util.Map;
import java.util.TreeMap;

public final class Counter {
  public Map<String, Integer> count(String text) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String word : text.toLowerCase().split("\\\\W+")) {
      if (!word.isEmpty()) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    return counts;
  }
}
""")
write("core/src/main/java/com/acme/core/audit/Audit.java", """
package com.acme.core.audit;

public final class Audit {
  public void record(String event) {
    System.out.println("[INFO] audit: " + event);
  }
}
""")
write("plugins/src/main/java/com/acme/plugins/UpperFormat.java", """
package com.acme.plugins;

import com.acme.core.Format;

public final class UpperFormat implements Format {
  @Override
  public String render(String word, int count) {
    return word.toUpperCase() + " " + count;
  }
}
""")
write("plugins/src/main/resources/META-INF/services/com.acme.core.Format",
      "com.acme.plugins.UpperFormat\n")
write("app/src/main/java/com/acme/app/Main.java", """
package com.acme.app;

import com.acme.core.Counter;
import com.acme.core.Format;
import java.util.ServiceLoader;

public final class Main {
  public static void main(String[] args) {
    Format format = ServiceLoader.load(Format.class).findFirst().orElseThrow();
    new Counter().count(String.join(" ", args))
        .forEach((word, count) -> System.out.println(format.render(word, count)));
  }
}
""")
PY

step "3. the parent pom (README step 1), each module (step 2), the app's entry point (step 3)"
"${STEPS[@]}" merge "$README" parent "$PROJECT/pom.xml"
for module in core plugins app; do
  "${STEPS[@]}" add-dependency "$README" module "$PROJECT/$module/pom.xml"
done
"${STEPS[@]}" merge "$README" app "$PROJECT/app/pom.xml"
mkdir -p "$PROJECT/.mvn"
"${STEPS[@]}" extract "$README" jvm-config > "$PROJECT/.mvn/jvm.config"

step "4. mvn -B verify (README step 5), under LANG=C"
start=$SECONDS
(cd "$PROJECT" && LANG=C LC_ALL=C mvn -B verify > "$WORK/verify.log" 2>&1) \
  || fail "mvn -B verify failed: see $WORK/verify.log"
echo "[INFO] built in $((SECONDS - start)) s"
log="$WORK/verify.log"
report="$PROJECT/app/target/classes/META-INF/plumbline/wiring.json"
grep -q '\[plumbline\] Wiring from com.acme.app.Main: ' "$log" || fail "no verdict from com.acme.app.Main in $log"
grep -q '✓ No critical module is unwired' "$log" || fail "plumbline:check did not pass (or not in UTF-8) in $log"
grep -q $'\e\[' "$log" && fail "colour escapes in $log"
python3 - "$report" <<'PY' || fail "unexpected wiring report $report"
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
status = {m["name"]: m["status"] for m in report["modules"]}
print("[INFO] modules: " + ", ".join(f"{name} {s}" for name, s in sorted(status.items())))
assert report["entryPoint"] == "com.acme.app.Main", report["entryPoint"]
assert status["com.acme.plugins"] == "WIRED", "the ServiceLoader plug-in must be wired"
assert status["com.acme.core"] == "WIRED"
assert status["com.acme.core.audit"] == "NOT_WIRED"
PY
[ -f "$PROJECT/.claude/project_structure.json" ] || fail "no .claude/ at the project root"
for module in core plugins app; do
  [ ! -e "$PROJECT/$module/.claude" ] || fail "a second memory in $module/.claude"
done
echo "✓ verified build: report, gate and one project memory"

step "5. one module built from its own folder keeps the one memory"
# A changed source, so that the compiler (and with it Plumbline) runs again.
touch "$PROJECT/core/src/main/java/com/acme/core/Counter.java"
(cd "$PROJECT/core" && mvn -B verify > "$WORK/core.log" 2>&1) || fail "core alone failed: $WORK/core.log"
[ ! -e "$PROJECT/core/.claude" ] || fail "building core from its folder made core/.claude"
grep -q "Project memory $PROJECT/.claude" "$WORK/core.log" || fail "core did not use $PROJECT/.claude"
echo "✓ core built from its folder used $PROJECT/.claude"

step "6. CI: mvn -B verify plumbline:memory-validate (README step 6)"
(cd "$PROJECT" && mvn -B verify plumbline:memory-validate > "$WORK/ci.log" 2>&1) \
  || fail "the CI command failed: $WORK/ci.log"
grep -q '✓ .claude/project_structure.json is valid' "$WORK/ci.log" || fail "memory-validate output missing"
echo "✓ CI command passed"

step "7. a @Critical module that is not wired fails the build"
python3 - "$PROJECT/core/src/main/java/com/acme/core/audit/Audit.java" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = text.replace("public final class Audit",
    "@dev.plumbline.annotations.Module(name = \"audit\")\n"
    "@dev.plumbline.annotations.Critical(\"every change must be audited\")\n"
    "public final class Audit")
open(path, "w", encoding="utf-8").write(text)
PY
if (cd "$PROJECT" && mvn -B verify > "$WORK/critical.log" 2>&1); then
  fail "the build passed with an unwired critical module: $WORK/critical.log"
fi
grep -q "Module 'audit' (com.acme.core.audit.Audit.*) is @Critical and NOT WIRED" "$WORK/critical.log" \
  || fail "no error naming the unwired critical module in $WORK/critical.log"
echo "✓ the unwired critical module failed the build with its error"
echo "✓ Getting started followed from README.md alone (logs in $WORK)"
