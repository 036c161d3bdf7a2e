package dev.framewatch.fakeserver;

/**
 * Decides the answer to one request, as OkHttp MockWebServer's {@code Dispatcher} does: a {@link QueueDispatcher} plays a
 * script in order, a {@link RoutingDispatcher} answers by path, and a simulated service is one dispatcher per endpoint.
 *
 * <p>Runs on the server's threads, concurrently with other requests: implementations must be thread-safe.
 */
@FunctionalInterface
public interface Dispatcher {
  FakeResponse dispatch(RecordedRequest request);
}
