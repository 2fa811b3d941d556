/**
 * The Itanium C++ ABI demangler, written to print exactly what GNU c++filt 2.40 prints.
 *
 * <p>Shape: a recursive-descent parser ({@link dev.mycrash.symbols.itanium.ItaniumParser} on top
 * of {@code NameParser}, {@code TypeParser}, {@code ExprParser}, {@code ParserCore}, with the
 * larger rule groups in {@code *Rules}/{@code *Names} helpers) builds a tree of
 * {@code Node}s — shared where the symbol uses a substitution — and {@code Printer} walks it with
 * libiberty's printing model: pending type modifiers are kept on a stack so declarators come out
 * in C++ order ({@code void (*)(int)}), templates in scope resolve {@code T_}, and the quirks
 * that make c++filt's output what it is (spacing in {@code > >}, the ", " removed after an empty
 * pack, reference collapsing) are reproduced deliberately.
 *
 * <p>Limits, all bounded: symbols over 1024 characters are refused (as libiberty does, so the
 * output still matches); printing deeper than 1024 levels fails (as libiberty); more than
 * 1,000,000 print steps or 1 MiB of output fails (ours: c++filt has no bound and can run forever
 * on exponential substitutions). Nesting beyond 200 levels moves the work to a thread with a
 * 64 MB stack, so callers need no special stack and StackOverflowError cannot happen.
 *
 * <p>Legacy Rust symbols ({@code _ZN..17h<hash>E}), which c++filt tries before C++, are read by
 * {@code dev.mycrash.symbols.RustLegacy}. Not done: Rust v0 ({@code _R...}), Java and D symbols,
 * and c++filt's options ({@code -p}, {@code -t}, {@code -_}).
 */
package dev.mycrash.symbols.itanium;
