package no.helhet.consent;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.helhet.document.DocumentKind;
import no.helhet.document.DocumentService;
import no.helhet.document.LetterRenderer;
import no.helhet.family.FamilyDetails;
import no.helhet.family.FamilyService;
import no.helhet.provider.ProviderRegister;
import org.springframework.stereotype.Component;

/** Writes the consent form to sign: the child, who consents, the providers and kinds of information, the period. */
@Component
class ConsentLetter {

    private final FamilyService families;
    private final ProviderRegister providers;
    private final LetterRenderer letters;
    private final DocumentService documents;

    ConsentLetter(
            FamilyService families, ProviderRegister providers, LetterRenderer letters, DocumentService documents) {
        this.families = families;
        this.providers = providers;
        this.letters = letters;
        this.documents = documents;
    }

    UUID write(ConsentView consent) {
        FamilyDetails family = families.getFamily(consent.familyId());
        Map<String, Object> model = new HashMap<>();
        model.put("family", family);
        model.put("child", families.getChild(consent.childId()));
        model.put("consent", consent);
        model.put(
                "signers",
                family.guardians().stream()
                        .filter(g -> consent.guardianIds().contains(g.id()))
                        .toList());
        model.put(
                "providers",
                consent.providerIds().stream()
                        .map(providers::getProvider)
                        .sorted(java.util.Comparator.comparing(p -> p.name()))
                        .toList());
        model.put("kinds", consent.information().stream().sorted().toList());
        byte[] pdf = letters.render("consent", model);
        return documents.storePdf(
                consent.familyId(), DocumentKind.CONSENT_FORM, "samtykke-" + consent.givenOn() + ".pdf", pdf);
    }
}
