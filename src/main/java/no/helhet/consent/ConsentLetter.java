package no.helhet.consent;

import java.util.Comparator;
import java.util.UUID;
import no.helhet.document.DocumentKind;
import no.helhet.document.LetterRequest;
import no.helhet.document.Letters;
import no.helhet.family.FamilyService;
import no.helhet.provider.ProviderRegister;
import org.springframework.stereotype.Component;

/** Writes the consent form to sign: the child, who consents, the providers and kinds of information, the period. */
@Component
class ConsentLetter {

    private final FamilyService families;
    private final ProviderRegister providers;
    private final Letters letters;

    ConsentLetter(FamilyService families, ProviderRegister providers, Letters letters) {
        this.families = families;
        this.providers = providers;
        this.letters = letters;
    }

    UUID write(ConsentView consent) {
        LetterRequest letter = LetterRequest.of(DocumentKind.CONSENT_FORM, consent.familyId(), consent.givenOn())
                .aboutChild(consent.childId());
        if (consent.givenBy() == ConsentGiver.YOUTH) {
            letter = letter.toTheYouth();
        }
        return letters.write(letter.with("consent", consent)
                .with(
                        "signers",
                        families.getFamily(consent.familyId()).guardians().stream()
                                .filter(g -> consent.guardianIds().contains(g.id()))
                                .toList())
                .with(
                        "providers",
                        consent.providerIds().stream()
                                .map(providers::getProvider)
                                .sorted(Comparator.comparing(p -> p.name()))
                                .toList())
                .with("kinds", consent.information().stream().sorted().toList()));
    }
}
