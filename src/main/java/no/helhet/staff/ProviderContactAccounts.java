package no.helhet.staff;

import java.util.Optional;
import java.util.UUID;

/**
 * Which service provider a contact person's account is bound to. Kept by the module that keeps
 * providers (in its own table), so that the staff module neither depends on it nor names its table.
 */
public interface ProviderContactAccounts {

    /** Binds a new account to a provider, in the caller's transaction. */
    void bind(UUID staffMemberId, UUID providerId);

    /** The provider the account is bound to, if it is a provider contact's account. */
    Optional<UUID> providerOf(UUID staffMemberId);

    /** The names of the providers these accounts are bound to, by account (one query); others left out. */
    default java.util.Map<UUID, String> providerNamesOf(java.util.Collection<UUID> staffMemberIds) {
        return java.util.Map.of();
    }
}
