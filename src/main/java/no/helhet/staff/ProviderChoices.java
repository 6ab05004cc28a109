package no.helhet.staff;

import java.util.List;
import java.util.UUID;
import no.helhet.shared.SelectOption;

/**
 * The service providers an account can be bound to, for the administrator's user form. Implemented
 * by the module that keeps providers, so that the staff module does not depend on it.
 */
public interface ProviderChoices {

    List<SelectOption> providerOptions();

    boolean providerExists(UUID providerId);
}
