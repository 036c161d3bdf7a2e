package dev.framewatch.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A missing browser fails the browser tests with the install line for the platform they run on (the README's lines). */
class ChromiumInstallTest {
  @Test
  void oneInstallLinePerPlatform() {
    assertEquals("sudo apt-get install -y --no-install-recommends chromium fonts-dejavu-core", Chromium.installCommand("Linux"));
    assertEquals("brew install --cask chromium", Chromium.installCommand("Mac OS X"));
    assertEquals("winget install Google.Chrome", Chromium.installCommand("Windows 11"));
  }

  @Test
  void aMissingBrowserIsOneLineWithTheInstallCommand() {
    AssertionError missing = assertThrows(AssertionError.class,
        () -> Chromium.find(null, List.of("/nonexistent/chromium"), "Mac OS X"));
    assertEquals("the dashboard's browser tests need Chromium (or Chrome), found nowhere here; install it with: "
        + "brew install --cask chromium (or set CHROMIUM to its path)", missing.getMessage());
    AssertionError named = assertThrows(AssertionError.class,
        () -> Chromium.find("/nonexistent/chromium", List.of(), "Linux"));
    assertEquals("CHROMIUM=/nonexistent/chromium is not an executable file", named.getMessage());
  }
}
