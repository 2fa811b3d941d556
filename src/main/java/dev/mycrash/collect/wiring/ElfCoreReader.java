package dev.mycrash.collect.wiring;

import dev.mycrash.collect.pipeline.Integrations;
import dev.mycrash.elf.BuildIdCheck;
import dev.mycrash.elf.CoreDump;
import dev.mycrash.elf.CoreReader;
import dev.mycrash.elf.Libraries;
import dev.mycrash.elf.LogBuildId;
import dev.mycrash.elf.MappedFile;
import dev.mycrash.errorlog.LogLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The collector's view of a core through the {@code elf} package: the executable from the first
 * NT_FILE mapping (else NT_PRPSINFO's command line), the mapped ELF modules to bundle, and the
 * build-id verdict. A core is read once (headers and notes only, about 80 KB).
 */
public final class ElfCoreReader implements Integrations.CoreReader {
  private final Map<Path, CoreDump> read = new ConcurrentHashMap<>();

  private CoreDump dump(Path core) {
    return read.computeIfAbsent(core, CoreReader::read);
  }

  @Override
  public Optional<Path> executable(Path core) {
    CoreDump d = dump(core);
    Optional<String> first = d.files().mappings().stream().filter(MappedFile::isRegularPath).map(MappedFile::path).findFirst();
    if (first.isPresent()) {
      return first.map(Path::of);
    }
    if (d.process() != null && d.process().psargs() != null && d.process().psargs().startsWith("/")) {
      return Optional.of(Path.of(d.process().psargs().split("\\s+")[0]));
    }
    return Optional.empty();
  }

  @Override
  public List<Path> mappedFiles(Path core) {
    CoreDump d = dump(core);
    String exe = executable(core).map(Path::toString).orElse(null);
    List<Path> out = new ArrayList<>();
    for (Libraries.Library lib : Libraries.union(List.of(), d.files(), d.modules(), exe)) {
      if (!lib.deleted()) {
        out.add(Path.of(lib.path()));
      }
    }
    return out;
  }

  @Override
  public String buildIdVerdict(Path core, Path mysqld, List<String> crashSection) {
    List<LogLine> lines = new ArrayList<>();
    for (int i = 0; i < crashSection.size(); i++) {
      lines.add(new LogLine(i + 1, crashSection.get(i)));
    }
    return BuildIdCheck.of(LogBuildId.find(lines), dump(core), mysqld).summary();
  }
}
