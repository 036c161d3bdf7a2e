package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.framewatch.app.Framewatch;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code framewatch --version} is the pom's version, read from the packaged jar's manifest (failsafe runs against the jar). */
class VersionIT {
  @Test
  void versionIsThePomsVersion() {
    String pomVersion = System.getProperty("framewatch.pom.version"); // set from ${project.version} in app/pom.xml
    assertNotNull(pomVersion, "run by failsafe, which passes the pom's version");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Framewatch.execute(new String[] {"--version"}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    assertEquals("framewatch " + pomVersion + System.lineSeparator(), out.toString());
  }
}
