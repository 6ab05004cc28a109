package no.helhet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Helhet: the right to a barnekoordinator, from request to appointment, for a municipality. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared", systemName = "Helhet")
public class HelhetApplication {

    public static void main(String[] args) {
        SpringApplication.run(HelhetApplication.class, args);
    }
}
