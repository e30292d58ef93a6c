import { z } from 'zod';
import { DemoAccountsFile } from './accounts.ts';
import { DemoConversationsFile } from './conversations.ts';
import { DemoOptionsReviewsFile } from './options-reviews.ts';
import { DemoRegistryFile } from './registry.ts';
import { DemoTendersFile } from './tenders.ts';
import { DemoBidsFile } from './bids.ts';
import { DemoEvaluationFile } from './evaluation.ts';

/**
 * Everything the demo loader loads after the catalogue, one member per demo part, in the order
 * the parts load (`api/src/services/demo/parts/index.ts`). A feature that brings demo objects of
 * its own adds its file under `seed/demo/`, its member here and its part to the loader.
 */
export const DemoBundle = z
  .strictObject({
    accounts: DemoAccountsFile,
    optionsReviews: DemoOptionsReviewsFile,
    registry: DemoRegistryFile,
    tenders: DemoTendersFile,
    conversations: DemoConversationsFile,
    bids: DemoBidsFile,
    evaluation: DemoEvaluationFile,
  })
  .superRefine((bundle, ctx) => {
    // Later parts name the people and organisations of the accounts part by their keys.
    const organisations = new Map(
      bundle.accounts.organisations.map((organisation) => [organisation.key, organisation]),
    );
    const users = new Map(
      bundle.accounts.organisations.flatMap((organisation) =>
        organisation.users.map((user) => [user.key, { user, organisation }] as const),
      ),
    );
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: ['optionsReviews', ...path], message });
    const registryServices = new Map(
      bundle.registry.vendors.flatMap((vendor) =>
        vendor.services.map(
          (service) => [service.key, { vendor: vendor.vendor, service }] as const,
        ),
      ),
    );
    bundle.optionsReviews.reviews.forEach((review, index) => {
      const lead = users.get(review.lead);
      if (lead?.user.role !== 'officer') {
        issue(['reviews', index, 'lead'], `"${review.lead}" is not an officer of the accounts`);
      }
      review.members.forEach((member, at) => {
        const found = users.get(member);
        if (found === undefined || found.organisation.key !== lead?.organisation.key) {
          issue(
            ['reviews', index, 'members', at],
            `"${member}" is not a person of the lead's authority in the accounts`,
          );
        }
      });
      review.options.forEach((option, at) => {
        if (organisations.get(option.vendor)?.kind !== 'vendor') {
          issue(
            ['reviews', index, 'options', at, 'vendor'],
            `"${option.vendor}" is not a vendor of the accounts`,
          );
        }
        const source = option.fromRegistry;
        if (source !== undefined) {
          const found = registryServices.get(source.service);
          if (
            found === undefined ||
            found.vendor !== option.vendor ||
            source.version > found.service.published.length
          ) {
            issue(
              ['reviews', index, 'options', at, 'fromRegistry'],
              `"${source.service}" has no published version ${source.version} of the option's vendor in the registry`,
            );
          }
        }
      });
    });
    const registryIssue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: ['registry', ...path], message });
    bundle.registry.vendors.forEach((vendor, index) => {
      if (organisations.get(vendor.vendor)?.kind !== 'vendor') {
        registryIssue(
          ['vendors', index, 'vendor'],
          `"${vendor.vendor}" is not a vendor of the accounts`,
        );
      }
      if (users.get(vendor.user)?.organisation.key !== vendor.vendor) {
        registryIssue(['vendors', index, 'user'], `"${vendor.user}" is not a person of the vendor`);
      }
      vendor.services.forEach((service, at) => {
        service.grants.forEach((grant, g) => {
          if (organisations.get(grant)?.kind !== 'authority') {
            registryIssue(
              ['vendors', index, 'services', at, 'grants', g],
              `"${grant}" is not an authority of the accounts`,
            );
          }
        });
        const documents = new Set(service.evidence.map((document) => document.key));
        service.published.forEach((version, v) => {
          version.attestations.forEach((attestation, a) => {
            const cited = attestation.evidenceDocument;
            if (cited !== undefined && !documents.has(cited)) {
              registryIssue(
                ['vendors', index, 'services', at, 'published', v, 'attestations', a],
                `"${cited}" is no evidence document of the service`,
              );
            }
          });
        });
      });
    });
    const tenderIssue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: ['tenders', ...path], message });
    bundle.tenders.tenders.forEach((tender, index) => {
      const at = (...path: (string | number)[]) => ['tenders', index, ...path];
      const lead = users.get(tender.lead);
      if (lead?.user.role !== 'officer') {
        tenderIssue(at('lead'), `"${tender.lead}" is not an officer of the accounts`);
      }
      const authority = lead?.organisation.key;
      const ofAuthority = (key: string) => users.get(key)?.organisation.key === authority;
      const officersOnTeam = new Set([
        tender.lead,
        ...tender.team.filter((m) => m.capacity === 'officer').map((m) => m.user),
      ]);
      tender.team.forEach((member, position) => {
        if (!ofAuthority(member.user)) {
          tenderIssue(
            at('team', position, 'user'),
            `"${member.user}" is not a person of the lead's authority`,
          );
        }
        if (
          member.deputyFor !== undefined &&
          !tender.team.some((m) => m.user === member.deputyFor && m.capacity === 'openingOfficer')
        ) {
          tenderIssue(
            at('team', position, 'deputyFor'),
            `"${member.deputyFor}" is no opening officer of the team`,
          );
        }
        // A declaration covers every place the person holds (§ 6 VgV is about the person).
        const declares =
          member.user === tender.lead
            ? tender.leadDeclared
            : tender.team.find((m) => m.user === member.user)!.declared;
        if (member.declared !== declares) {
          tenderIssue(
            at('team', position, 'declared'),
            `"${member.user}" declares for every place on the team or for none`,
          );
        }
      });
      const approver = tender.publication?.approver;
      if (approver !== undefined && (approver === tender.lead || !officersOnTeam.has(approver))) {
        tenderIssue(
          at('publication', 'approver'),
          'a second officer of the team approves (four eyes)',
        );
      }
      const vendorUser = (key: string) =>
        organisations.get(users.get(key)?.organisation.key ?? '')?.kind === 'vendor';
      tender.interests.forEach((key, position) => {
        if (!vendorUser(key))
          tenderIssue(at('interests', position), `"${key}" is not a vendor's user`);
      });
      tender.questions.forEach((question, position) => {
        if (!vendorUser(question.askedBy)) {
          tenderIssue(
            at('questions', position, 'askedBy'),
            `"${question.askedBy}" is not a vendor's user`,
          );
        }
        const by = question.answer?.by;
        if (by !== undefined && !officersOnTeam.has(by)) {
          tenderIssue(
            at('questions', position, 'answer', 'by'),
            `"${by}" is no officer of the team`,
          );
        }
      });
      const correctedBy = tender.correction?.by;
      if (correctedBy !== undefined && !officersOnTeam.has(correctedBy)) {
        tenderIssue(at('correction', 'by'), `"${correctedBy}" is no officer of the team`);
      }
    });
    const conversationIssue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: ['conversations', 'conversations', ...path], message });
    const reviews = new Map(bundle.optionsReviews.reviews.map((review) => [review.key, review]));
    bundle.conversations.conversations.forEach((conversation, index) => {
      const holder = users.get(conversation.user)?.user;
      if (holder === undefined || holder.role === 'vendor' || holder.role === 'admin') {
        conversationIssue(
          [index, 'user'],
          `"${conversation.user}" is no officer or reviewer of the accounts`,
        );
      }
      if (conversation.path === 'tender' && holder?.role !== 'officer') {
        conversationIssue([index, 'user'], 'only an officer prepares a tender');
      }
      const reviewKey = conversation.optionsReview;
      if (reviewKey !== undefined) {
        const review = reviews.get(reviewKey);
        if (review === undefined) {
          conversationIssue([index, 'optionsReview'], `"${reviewKey}" is no demo options review`);
        } else if (
          review.lead !== conversation.user &&
          !review.members.includes(conversation.user)
        ) {
          // The results are shown to the review's lead and members only.
          conversationIssue([index, 'user'], `"${conversation.user}" is not on the review`);
        }
      }
    });
  });
export type DemoBundle = z.output<typeof DemoBundle>;

/** The parts of the demo, by the name of their data in the bundle. */
export type DemoPartName = keyof DemoBundle;
