package dev.mycrash.cli;

import picocli.CommandLine;

/** Creates command objects, handing {@link Io} to those that take it in their constructor. */
final class IoFactory implements CommandLine.IFactory {
  private final Io io;

  IoFactory(Io io) {
    this.io = io;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    try {
      return cls.getDeclaredConstructor(Io.class).newInstance(io);
    } catch (NoSuchMethodException e) {
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
