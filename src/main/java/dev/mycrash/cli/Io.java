package dev.mycrash.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a command reads and writes; injected so tests run commands in-process. */
public record Io(InputStream in, PrintStream out, PrintStream err) {}
