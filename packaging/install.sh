#!/usr/bin/env bash
# Installs mycrash for the current user or system-wide:
#   packaging/install.sh [PREFIX]      (default PREFIX=/usr/local; needs JDK/JRE 17+)
# Puts the jar in PREFIX/lib/mycrash, a launcher in PREFIX/bin and bash completion in
# PREFIX/share/bash-completion/completions.
# Rerun after rebuilding the jar (the class-data archive belongs to one jar; a stale one is ignored).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
prefix="${1:-/usr/local}"
[ -f "$here/target/mycrash.jar" ] || (cd "$here" && mvn -B -q -DskipTests package)
install -d "$prefix/lib/mycrash" "$prefix/bin" "$prefix/share/bash-completion/completions"
install -m 0644 "$here/target/mycrash.jar" "$prefix/lib/mycrash/mycrash.jar"
# a class-data-sharing archive of one run on the bundled sample: about 0.3 s less start-up per command
rm -f "$prefix/lib/mycrash/mycrash.jsa"
java -XX:ArchiveClassesAtExit="$prefix/lib/mycrash/mycrash.jsa" -jar "$prefix/lib/mycrash/mycrash.jar" \
  analyze --all --json "$here/samples/mariadb-10.11-full-error.log" > /dev/null 2>&1 || rm -f "$prefix/lib/mycrash/mycrash.jsa"
cat > "$prefix/bin/mycrash" <<LAUNCH
#!/bin/sh
# the same JVM options as the project's ./mycrash launcher (see the comments there)
exec java -XX:SharedArchiveFile="$prefix/lib/mycrash/mycrash.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \\
  -XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=100000 -XX:Tier4CompileThreshold=120000 \\
  -XX:Tier4BackEdgeThreshold=400000 -XX:+UseSerialGC -XX:-UsePerfData -Xss4m \${MYCRASH_JAVA_OPTS:-} -jar "$prefix/lib/mycrash/mycrash.jar" "\$@"
LAUNCH
chmod 0755 "$prefix/bin/mycrash"
java -jar "$prefix/lib/mycrash/mycrash.jar" generate-completion > "$prefix/share/bash-completion/completions/mycrash"
echo "installed: $prefix/bin/mycrash"
