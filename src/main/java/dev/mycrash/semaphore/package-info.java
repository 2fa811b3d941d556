/**
 * InnoDB long-semaphore waits: the sync-array cells of "A long semaphore wait" reports and of the
 * monitor's SEMAPHORES section (MySQL 5.0 to 8.4, Percona Server, MariaDB up to 10.5), MariaDB
 * 10.6+ "Long wait (N seconds) for LATCH" warnings, and the watchdog's deliberate abort of a hung
 * server.
 *
 * <p>Use: create a {@link dev.mycrash.semaphore.SemaphoreCollector}, pass every canonical line of
 * the scope to {@code accept} in order, then {@code finish()} gives the
 * {@link dev.mycrash.semaphore.SemaphoreSummary} printed as {@code semaphoreWaits}: per-latch
 * totals ({@link dev.mycrash.semaphore.LatchSummary}), the threads everyone waits for
 * ({@link dev.mycrash.semaphore.Blocker}, from the waiter → latch → holder graph), rings of
 * holders waiting on each other ({@code cycles}), and each
 * {@link dev.mycrash.semaphore.WatchdogAbort}. {@code SemaphoreCollector.waits()} keeps the parsed
 * cells ({@link dev.mycrash.semaphore.SemaphoreWait}) for detail views.
 */
package dev.mycrash.semaphore;
