package dev.framewatch.dashboard.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Debian's headless chromium driven over the Chrome DevTools Protocol with the JDK's own WebSocket client: no Selenium, no
 * driver binary, no downloaded browser. Real navigation, real mouse events, real screenshots.
 */
final class Chromium implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Where each platform's package puts the browser; Chrome speaks the same DevTools protocol. */
  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium",
      "/usr/bin/google-chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe");

  /**
   * The browser binary ({@code CHROMIUM} names another), or a failure that says in one line how to install it here: a missing
   * browser is a failed test, never a skipped one (a skipped test is a missing test).
   */
  static String binary() {
    return find(System.getenv("CHROMIUM"), CANDIDATES, System.getProperty("os.name"));
  }

  static String find(String named, List<String> candidates, String osName) {
    if (named != null && !named.isBlank()) {
      if (Files.isExecutable(Path.of(named))) {
        return named;
      }
      throw new AssertionError("CHROMIUM=" + named + " is not an executable file");
    }
    for (String candidate : candidates) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new AssertionError("the dashboard's browser tests need Chromium (or Chrome), found nowhere here; install it with: "
        + installCommand(osName) + " (or set CHROMIUM to its path)");
  }

  /** The one install line for this platform, as the README lists them. */
  static String installCommand(String osName) {
    String os = osName.toLowerCase(java.util.Locale.ROOT);
    if (os.contains("mac")) {
      return "brew install --cask chromium";
    }
    if (os.contains("windows")) {
      return "winget install Google.Chrome";
    }
    return "sudo apt-get install -y --no-install-recommends chromium fonts-dejavu-core";
  }

  static Chromium start() throws Exception {
    Path profile = Files.createTempDirectory("framewatch-chromium");
    Process p = new ProcessBuilder(binary(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
        "--user-data-dir=" + profile, "--window-size=1100,900", "about:blank").redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> browserWs = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            browserWs.complete(m.group(1));
          }
        }
        browserWs.completeExceptionally(new IllegalStateException("chromium exited before listening"));
      } catch (IOException e) {
        browserWs.completeExceptionally(e);
      }
    }, "chromium-output");
    reader.setDaemon(true);
    reader.start();
    URI ws = URI.create(browserWs.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    HttpClient http = HttpClient.newHttpClient();
    String list = http.send(HttpRequest.newBuilder(URI.create("http://" + ws.getAuthority() + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String pageWs = null;
    for (JsonNode t : Json.mapper().readTree(list)) {
      if ("page".equals(t.path("type").asText())) {
        pageWs = t.path("webSocketDebuggerUrl").asText();
      }
    }
    if (pageWs == null) {
      throw new IllegalStateException("chromium has no page target: " + list);
    }
    Listener listener = new Listener();
    WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), listener).get(10, TimeUnit.SECONDS);
    Chromium c = new Chromium(p, profile, socket);
    listener.owner = c;
    c.send("Page.enable", Map.of());
    c.send("Runtime.enable", Map.of());
    c.send("Emulation.setDeviceMetricsOverride", Map.of("width", 1100, "height", 900, "deviceScaleFactor", 1,
        "mobile", false));
    return c;
  }

  JsonNode send(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = Json.mapper().createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    msg.set("params", Json.mapper().valueToTree(params));
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(msg.toString(), true).get(5, TimeUnit.SECONDS);
    JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  /** Evaluates {@code js} in the page and returns its value (promises awaited). */
  JsonNode eval(String js) throws Exception {
    JsonNode r = send("Runtime.evaluate", Map.of("expression", js, "returnByValue", true, "awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("page script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  void navigate(String url) throws Exception {
    send("Page.navigate", Map.of("url", url));
    waitFor("document.readyState === 'complete' && location.href !== 'about:blank'");
  }

  /** Polls {@code condition} until it is true. */
  void waitFor(String condition) throws Exception {
    long end = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < end) {
      try {
        if (eval("!!(" + condition + ")").asBoolean()) {
          return;
        }
      } catch (IllegalStateException e) {
        // the page is between documents; ask again
      }
      Thread.sleep(50);
    }
    throw new AssertionError("timed out waiting for " + condition + " on " + eval("location.href").asText());
  }

  /** A real left click (pressed and released) at page coordinates. */
  void click(double x, double y) throws Exception {
    send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
    send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
    send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
  }

  /** A real key press (down, up) to the focused element: {@code Enter}, {@code ArrowRight}, {@code Tab}, ... */
  void key(String key) throws Exception {
    Map<String, Integer> codes = Map.of("Enter", 13, "Tab", 9, "ArrowLeft", 37, "ArrowUp", 38, "ArrowRight", 39,
        "ArrowDown", 40);
    int code = codes.get(key);
    Map<String, Object> down = new java.util.HashMap<>(Map.of("type", "keyDown", "key", key, "code", key,
        "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code));
    if (key.equals("Enter")) {
      down.put("text", "\r"); // what makes Enter activate a focused link
    }
    send("Input.dispatchKeyEvent", down);
    send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", key, "windowsVirtualKeyCode", code,
        "nativeVirtualKeyCode", code));
  }

  BufferedImage screenshot(Path saveAs) throws Exception {
    byte[] png = Base64.getDecoder().decode(send("Page.captureScreenshot", Map.of("format", "png")).path("data").asText());
    if (saveAs != null) {
      Files.createDirectories(saveAs.getParent());
      Files.write(saveAs, png);
    }
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private void received(String text) {
    try {
      JsonNode msg = Json.mapper().readTree(text);
      if (msg.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
        if (f != null) {
          f.complete(msg);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("unreadable DevTools message: " + text, e);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      socket.abort();
    } finally {
      // Chromium's helpers (zygote, renderers) outlive the browser process for a moment and keep writing to the profile.
      List<ProcessHandle> helpers = process.descendants().toList();
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
      for (ProcessHandle h : helpers) {
        h.destroyForcibly();
        try {
          h.onExit().get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          // killed but not reaped yet: the delete below tolerates files it still removes
        }
      }
      deleteProfile();
    }
  }

  /** Deletes the throwaway profile; a file that vanished meanwhile (Chromium's own temp files) is not an error. */
  private void deleteProfile() throws IOException {
    for (int attempt = 0; attempt < 3 && Files.exists(profile); attempt++) {
      try (Stream<Path> walk = Files.walk(profile)) {
        walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (java.io.UncheckedIOException e) {
        if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
          throw e;
        }
      }
    }
  }

  /** Collects message fragments; hands whole messages to the owner. */
  private static final class Listener implements WebSocket.Listener {
    volatile Chromium owner;
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        owner.received(text);
      }
      ws.request(1);
      return null;
    }
  }
}
