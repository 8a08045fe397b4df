package org.sawt.broadcast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sawt.channel.ChannelAdapter;
import org.sawt.channel.Channels;
import org.sawt.channel.OutboundMessage;
import org.sawt.contact.Contact;
import org.sawt.contact.Contacts;
import org.sawt.conversation.QuestionPrompts;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.EngagementStatus;
import org.sawt.engagement.Engagements;
import org.sawt.shared.Caller;
import org.sawt.shared.ConflictException;
import org.sawt.shared.FieldErrors;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Turns a broadcast request into invitations: checks the request, resolves the audience (opted-out contacts
 * are left out), picks each contact's first reachable channel and renders the invitation in their language.
 */
@Component
class BroadcastPlanner {

    private final Engagements engagements;
    private final Contacts contacts;
    private final Channels channels;
    private final QuestionPrompts prompts;

    BroadcastPlanner(Engagements engagements, Contacts contacts, Channels channels, QuestionPrompts prompts) {
        this.engagements = engagements;
        this.contacts = contacts;
        this.channels = channels;
        this.prompts = prompts;
    }

    BroadcastPlan plan(Caller caller, UUID engagementId, BroadcastRequest request, UUID broadcastId) {
        Engagement engagement = engagements.get(caller, engagementId);
        List<ChannelAdapter> adapters = validate(request);
        if (engagement.status() != EngagementStatus.OPEN) {
            throw new ConflictException("Engagement " + engagementId + " is " + engagement.status()
                    + "; open it before broadcasting invitations.");
        }
        boolean all = Boolean.TRUE.equals(request.audience().all());
        List<Contact> audience = contacts.reachable(engagement.agencyId(), all ? null : request.audience().contactIds());
        List<OutboundMessage> invitations = new ArrayList<>();
        for (Contact contact : audience) {
            Language language = engagement.languageFor(contact.language());
            firstReachable(contact, adapters).ifPresent(adapter -> invitations.add(OutboundMessage.to(adapter.name(),
                    contact.address(adapter.addressKind()).orElseThrow(), prompts.invitation(engagement, language),
                    contact.id(), engagementId, broadcastId)
                    .withChoices(prompts.choices(engagement.question(0), language))));
        }
        int requested = all ? audience.size() : request.audience().contactIds().size();
        return new BroadcastPlan(engagement, adapters, invitations, requested - invitations.size());
    }

    private List<ChannelAdapter> validate(BroadcastRequest request) {
        FieldErrors errors = new FieldErrors();
        List<ChannelAdapter> adapters = List.of();
        if (errors.check(request.channels() != null && !request.channels().isEmpty(), "channels",
                "is required: one or more of " + channels.enabledNames())) {
            adapters = channels.requireAll(request.channels(), "channels", errors);
        }
        BroadcastRequest.Audience audience = request.audience();
        if (errors.check(audience != null, "audience", "is required: {\"all\": true} or {\"contactIds\": [...]}")) {
            boolean all = Boolean.TRUE.equals(audience.all());
            boolean listed = audience.contactIds() != null && !audience.contactIds().isEmpty();
            errors.check(all != listed, "audience", "give either \"all\": true or a non-empty \"contactIds\" list");
        }
        errors.throwIfAny();
        return adapters;
    }

    private static Optional<ChannelAdapter> firstReachable(Contact contact, List<ChannelAdapter> adapters) {
        return adapters.stream().filter(a -> contact.address(a.addressKind()).isPresent()).findFirst();
    }
}
