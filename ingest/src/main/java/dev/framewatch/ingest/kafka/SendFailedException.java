package dev.framewatch.ingest.kafka;

/** A record or dead letter that Kafka did not acknowledge; names the topic and key of the first one that failed. */
public final class SendFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String topic;
  private final String key;

  public SendFailedException(String topic, String key, Throwable cause) {
    super("Kafka did not accept the message for topic '" + topic + "' with key '" + key + "': "
        + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    this.topic = topic;
    this.key = key;
  }

  public String topic() {
    return topic;
  }

  public String key() {
    return key;
  }
}
