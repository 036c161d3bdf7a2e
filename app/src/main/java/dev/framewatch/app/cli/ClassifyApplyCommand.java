package dev.framewatch.app.cli;

import dev.framewatch.analytics.classify.ClassifierService;
import dev.framewatch.analytics.classify.ClassifyTask;
import dev.framewatch.analytics.classify.IndexLabelling;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.core.settings.Settings;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code classify apply}: labels the indexed documents with a trained model, through the labels topic the indexer applies. */
@Command(name = "apply", description = "Label the indexed documents with a trained model, publishing to the labels topic.")
public final class ClassifyApplyCommand extends ClassifySubcommand {
  @Override
  void run(ClassifyCommand.Request request, Settings settings, ClassifierConsole console) {
    ClassifierService service = console.service();
    Optional<String> version = Optional.ofNullable(classify.version);
    // The index is checked and the model loaded before Kafka is opened (an embedded broker takes a while to start).
    try (IndexLabelling labelling = request.task() == ClassifyTask.DOMAIN
            ? service.domainLabelling(version, classify.all) : service.usageLabelling(version);
        EmbeddedBroker.Handle kafka = KafkaAccess.open(settings)) {
      console.apply(labelling, kafka.bootstrapServers());
    }
  }
}
