package no.helhet.family;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import no.helhet.shared.DemoMode;
import no.helhet.shared.NationalIdProperties;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;

/**
 * Fuzzing (issue 12): binding any field names and values to the family form (the largest form, with
 * nested lists) and validating it, with Bean Validation and the form's own rules, throws nothing but
 * the binder's refusal of a field it cannot take ({@link InvalidPropertyException}), which the
 * application answers with a 400 page.
 */
class FormBindingFuzzTest {

    private static final List<String> FIELDS = List.of(
            "addressMunicipality",
            "phone",
            "email",
            "guardians[%d].nationalId",
            "guardians[%d].givenName",
            "guardians[%d].familyName",
            "guardians[%d].parentalResponsibility",
            "guardians[%d].postcode",
            "children[%d].status",
            "children[%d].nationalId",
            "children[%d].givenName",
            "children[%d].expectedDate",
            "children[%d].expectedKind",
            "%s");

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final FamilyFormValidator RULES =
            new FamilyFormValidator(new NationalIdProperties(true), org.mockito.Mockito.mock(DemoMode.class));

    @FuzzTest(maxDuration = "2m")
    void bindAndValidate(FuzzedDataProvider data) {
        FamilyForm form = new FamilyForm();
        WebDataBinder binder = new WebDataBinder(form, "familyForm");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.setValidator(new SpringValidatorAdapter(VALIDATION.getValidator()));
        MutablePropertyValues values = new MutablePropertyValues();
        int fields = data.consumeInt(0, 12);
        for (int i = 0; i < fields; i++) {
            String pattern = data.pickValue(FIELDS);
            String name = pattern.equals("%s") ? data.consumeString(40) : pattern.formatted(data.consumeInt(-1, 300));
            values.add(name, data.consumeString(200));
        }
        try {
            binder.bind(values);
        } catch (InvalidPropertyException refusedWith400) {
            return;
        }
        binder.validate();
        RULES.validate(form, binder.getBindingResult());
    }
}
