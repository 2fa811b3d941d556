/**
 * ELF and core-file reading in pure Java (ELF64 little-endian; 32-bit and big-endian files are
 * rejected with a one-line {@link dev.mycrash.BadInputException}). Entry points:
 *
 * <ul>
 *   <li>{@link dev.mycrash.elf.CoreReader#read(java.nio.file.Path)}: a core's threads and signal
 *       (NT_PRSTATUS, NT_SIGINFO), process (NT_PRPSINFO), mapped files (NT_FILE, plugins
 *       included), the build-id of every mapped module and truncation, as a
 *       {@link dev.mycrash.elf.CoreDump}; {@link dev.mycrash.elf.CoreSummary#lines} for a manifest
 *   <li>{@link dev.mycrash.elf.ElfFile#open(java.nio.file.Path)} then
 *       {@link dev.mycrash.elf.ElfFile#buildId()}: the build-id of a binary or library on disk
 *   <li>{@link dev.mycrash.elf.BuildIdCheck#of}: the error log, the core and the disk compared;
 *       {@code summary()} says MATCH, MISMATCH (loudly) or UNKNOWN
 *   <li>{@link dev.mycrash.elf.Ldd#run} and {@link dev.mycrash.elf.Libraries#union}: what ldd
 *       lists joined with what the core mapped
 * </ul>
 *
 * Reading never writes to the file and touches only headers and notes: about 80 KB of a 370 MB
 * MariaDB core.
 */
package dev.mycrash.elf;
