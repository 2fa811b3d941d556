/**
 * Crash signatures and the known-bug engine. Entry points:
 *
 * <ul>
 *   <li>{@link dev.mycrash.knownbugs.Signatures#of(dev.mycrash.knownbugs.CrashFacts)}: the
 *       mariadb-qa-compatible UniqueID, the stable hash and the explanation of one crash, from
 *       error-log frames or from gdb's crashing thread (rules: data files beside this package's
 *       resources, README.md there)
 *   <li>{@link dev.mycrash.knownbugs.KnownBugs#loadDefault()} then
 *       {@link dev.mycrash.knownbugs.KnownBugMatcher#match(dev.mycrash.knownbugs.CrashFacts, String)}:
 *       signature, exact / structured / fuzzy matches and a version-aware verdict
 *   <li>{@link dev.mycrash.knownbugs.KnownBugDatabase#load(java.nio.file.Path)} and
 *       {@link dev.mycrash.knownbugs.KnownBugDatabase#check(java.nio.file.Path)}: the
 *       {@code known-bugs/<ID>.yaml} files (format: known-bugs/README.md), validated on load
 *   <li>{@link dev.mycrash.knownbugs.QaKnownBugs#read(java.nio.file.Path)}: a mariadb-qa
 *       {@code known_bugs.strings} list with its own matching rule
 * </ul>
 */
package dev.mycrash.knownbugs;
