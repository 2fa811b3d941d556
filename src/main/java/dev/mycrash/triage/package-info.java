/**
 * {@code mycrash triage}: many error logs, bundles and directories to crashes, signatures,
 * verdicts and groups ("seen N times"). Entry point:
 * {@link dev.mycrash.triage.Triage#run(java.util.List)} over the files
 * {@link dev.mycrash.triage.Inputs#expand(java.util.List)} finds, reading each through a
 * {@link dev.mycrash.triage.CrashSource}; reports via {@link dev.mycrash.triage.TriageOutput}
 * (text, JSON, JUnit XML) and the cross-run {@link dev.mycrash.triage.Registry}.
 */
package dev.mycrash.triage;
