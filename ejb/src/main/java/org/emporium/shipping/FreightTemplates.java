package org.emporium.shipping;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.emporium.platform.BusinessRuleException;
import org.emporium.platform.NotFoundException;

/**
 * Merchants keep their freight templates (运费模板管理). Every method that takes a merchant scope acts only on that
 * merchant's templates (null: an admin acting on any); another merchant's template is "not found". Each merchant
 * has exactly one default template: the first one is default, and making another default takes it from the old.
 */
@Stateless
public class FreightTemplates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The templates of one merchant, or of all merchants for null; the default first. */
    public List<FreightTemplate> list(Long merchantId) {
        return merchantId == null
                ? em.createNamedQuery("FreightTemplate.all", FreightTemplate.class).getResultList()
                : em.createNamedQuery("FreightTemplate.ofMerchant", FreightTemplate.class)
                        .setParameter("merchant", merchantId).getResultList();
    }

    /** A template of this merchant (any for null). */
    public FreightTemplate owned(Long merchantId, long templateId) {
        FreightTemplate template = em.find(FreightTemplate.class, templateId);
        if (template == null || (merchantId != null && !merchantId.equals(template.getMerchantId()))) {
            throw new NotFoundException("Freight template");
        }
        return template;
    }

    public FreightTemplate create(long merchantId, @NotNull @Valid FreightTemplateDraft draft) {
        Instant now = clock.instant();
        FreightTemplate template = new FreightTemplate(merchantId, draft, now);
        List<FreightTemplate> existing = list(merchantId);
        em.persist(template);
        em.flush();
        makeDefaultIf(draft.isDefault || existing.stream().noneMatch(FreightTemplate::isDefault), template, existing);
        return template;
    }

    /** Replaces a template's fields and rules. Clearing "default" on the default template is ignored. */
    public FreightTemplate update(Long merchantId, long templateId, @NotNull @Valid FreightTemplateDraft draft) {
        FreightTemplate template = owned(merchantId, templateId);
        template.apply(draft, clock.instant());
        makeDefaultIf(draft.isDefault, template, list(template.getMerchantId()));
        em.flush();
        return template;
    }

    /**
     * Moves the default to this template. The database allows one default per merchant (a unique key), so the old
     * default is written first; two concurrent first templates cannot both become default.
     */
    private void makeDefaultIf(boolean wanted, FreightTemplate template, List<FreightTemplate> siblings) {
        if (!wanted || template.isDefault()) {
            return;
        }
        siblings.stream().filter(t -> t != template && t.isDefault()).forEach(t -> t.markDefault(false));
        try {
            em.flush();
            template.markDefault(true);
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessRuleException("CONCURRENT_UPDATE",
                    "Another default freight template was saved at the same time; try again");
        }
    }
}
