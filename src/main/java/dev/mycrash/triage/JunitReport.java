package dev.mycrash.triage;

import dev.mycrash.knownbugs.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI systems (Jenkins xunit {@code junit-10.xsd} shape): one testcase per unique
 * crash or hang, named by its UniqueID ({@code HANG|latch|...} for a hang); new crashes and
 * regressions fail, known ones pass.
 *
 * <pre>
 * &lt;testsuites&gt;&lt;testsuite name="mycrash triage" tests="2" failures="1" errors="0" skipped="0"&gt;
 *   &lt;testcase classname="mycrash.triage" name="SIGSEGV|crash_segv|..."&gt;
 *     &lt;failure type="new" message="new: matches no known bug"&gt;3 crashes ...&lt;/failure&gt;
 * </pre>
 */
final class JunitReport {
  private JunitReport() {}

  /** Writes the report to {@code file} through a temporary file and a rename. */
  static void write(TriageReport r, Path file) throws IOException {
    Path tmp = AtomicFiles.temp(file);
    try (OutputStream out = Files.newOutputStream(tmp)) {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      write(r, x);
      x.close();
    } catch (XMLStreamException e) {
      Files.deleteIfExists(tmp);
      throw new IOException(e);
    }
    AtomicFiles.move(tmp, file);
  }

  private static void write(TriageReport r, XMLStreamWriter x) throws XMLStreamException {
    long failures = r.groups().stream().filter(g -> g.result().verdict() != Verdict.KNOWN).count();
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("testsuites");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", "mycrash triage");
    x.writeAttribute("tests", String.valueOf(r.groups().size()));
    x.writeAttribute("failures", String.valueOf(failures));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", "0");
    x.writeAttribute("time", "0");
    for (CrashGroup g : r.groups()) {
      x.writeStartElement("testcase");
      x.writeAttribute("classname", "mycrash.triage");
      x.writeAttribute("name", g.result().signature().uniqueId());
      x.writeAttribute("time", "0");
      if (g.result().verdict() != Verdict.KNOWN) {
        x.writeStartElement("failure");
        x.writeAttribute("type", g.result().verdict().word());
        x.writeAttribute("message", g.result().summary());
        x.writeCharacters(details(g));
        x.writeEndElement();
      } else {
        x.writeStartElement("system-out");
        x.writeCharacters(details(g));
        x.writeEndElement();
      }
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
  }

  private static String details(CrashGroup g) {
    String what = g.result().signature().hang()
        ? (g.count() == 1 ? " hang" : " hangs") + " (long semaphore waits, no crash report)"
        : g.count() == 1 ? " crash" : " crashes";
    return g.count() + what + ", hash " + g.result().signature().hash()
        + "\n" + g.result().summary() + "\nseen in " + String.join(", ", g.examples()) + "\n";
  }
}
