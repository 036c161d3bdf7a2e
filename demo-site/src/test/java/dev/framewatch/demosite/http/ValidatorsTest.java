package dev.framewatch.demosite.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which request costs a 304, and what every 200 carries. */
class ValidatorsTest {
  /** CRC-32 of "abc" is 352441c2; its length is 3. */
  private static final String ABC_ETAG = "\"352441c2-3\"";
  private static final FakeResponse ABC = FakeResponse.text(200, "text/plain; charset=utf-8", "abc");

  private static RecordedRequest get(Map<String, List<String>> headers) {
    return new RecordedRequest(0, "GET", URI.create("/x"), headers, new byte[0], Instant.EPOCH, "http://127.0.0.1:1");
  }

  private static FakeResponse answer(FakeResponse response, String header, String value) {
    return new Validators(request -> response).dispatch(get(header == null ? Map.of() : Map.of(header, List.of(value))));
  }

  @Test
  void aTwoHundredCarriesItsBodysChecksumAndTheCorpusDate() {
    FakeResponse r = answer(ABC, null, null);
    assertEquals(200, r.status());
    assertEquals(ABC_ETAG, r.header("ETag"));
    assertEquals("Sun, 1 Nov 2026 00:00:00 GMT", r.header("Last-Modified"));
    assertEquals("abc", new String(r.body(), StandardCharsets.UTF_8));
  }

  @Test
  void aMatchingValidatorCostsABodiless304WithTheSameHeaders() {
    for (String inm : List.of(ABC_ETAG, "\"other\", " + ABC_ETAG, "W/" + ABC_ETAG, "*")) {
      FakeResponse r = answer(ABC, "If-None-Match", inm);
      assertEquals(304, r.status(), inm);
      assertEquals(0, r.body().length);
      assertEquals(ABC_ETAG, r.header("ETag"));
      assertEquals("text/plain; charset=utf-8", r.header("Content-Type"));
    }
    assertEquals(304, answer(ABC, "If-Modified-Since", "Sun, 1 Nov 2026 00:00:00 GMT").status());
    assertEquals(304, answer(ABC, "If-Modified-Since", "Mon, 2 Nov 2026 00:00:00 GMT").status());
  }

  @Test
  void aStaleOrUnreadableValidatorGetsTheBody() {
    assertEquals(200, answer(ABC, "If-None-Match", "\"other\"").status());
    assertEquals(200, answer(ABC, "If-Modified-Since", "Sat, 31 Oct 2026 23:59:59 GMT").status());
    assertEquals(200, answer(ABC, "If-Modified-Since", "yesterday").status());
  }

  @Test
  void otherStatusesPassUntouched() {
    FakeResponse missing = SiteResponses.notFound();
    assertSame(missing, answer(missing, "If-None-Match", "*"));
    assertNull(answer(ScriptedFailures.tooManyRequests(), null, null).header("ETag"));
    assertEquals("1", answer(ScriptedFailures.tooManyRequests(), null, null).header("Retry-After"));
  }
}
