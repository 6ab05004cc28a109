package no.helhet.outreach;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** A coordinator without training (not guidance) within {@code interval} is due for training. */
@ConfigurationProperties("helhet.training")
record TrainingProperties(Period interval) {}
