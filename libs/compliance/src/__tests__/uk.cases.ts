import type { EngineCase } from './case.types';
import { longCaption } from './case.types';

const UK = { jurisdiction: 'UK' as const };

// prettier-ignore
export const UK_CASES: EngineCase[] = [
  { name: '"Ad |" upfront', rule: '§2 Accepted wording', input: { ...UK, caption: 'Ad | My autumn edit with @asos' }, verdict: 'compliant', codes: [] },
  { name: '#ad upfront', rule: '§2 Accepted wording', input: { ...UK, caption: '#ad Cosy Sunday with @marksandspencer' }, verdict: 'compliant', codes: [] },
  { name: '"Advert:" upfront', rule: '§2 Accepted wording', input: { ...UK, caption: 'Advert: cosy knits from @boden' }, verdict: 'compliant', codes: [] },
  { name: '"Advertisement feature"', rule: '§2 Accepted wording', input: { ...UK, caption: 'Advertisement feature: a weekend in the Lakes with @visitcumbria' }, verdict: 'compliant', codes: [] },
  { name: '"Ad – gifted" for a gift', rule: '§2 Accepted wording', input: { ...UK, materialConnection: 'gifted', caption: 'Ad – gifted. New trainers from @newbalance' }, verdict: 'compliant', codes: [] },
  { name: '#gifted alone', rule: '§2 Insufficient ("gift/gifted" alone)', input: { ...UK, materialConnection: 'gifted', caption: '#gifted New trainers from @newbalance' }, verdict: 'non_compliant', codes: ['ambiguous_label'], evidence: { ambiguous_label: '#gifted' } },
  { name: '"Sponsored" upfront', rule: '§2 Insufficient (engine: label_wording_unclear)', input: { ...UK, caption: 'Sponsored | A day at the races with @bet365' }, verdict: 'needs_review', codes: ['label_wording_unclear'] },
  { name: '"In partnership with"', rule: '§2 Insufficient', input: { ...UK, caption: 'In partnership with @tesco: easy midweek pasta' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: '"Brought to you by"', rule: '§2 Insufficient', input: { ...UK, caption: 'Brought to you by @deliveroo, Friday feast' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: '"Made possible by"', rule: '§2 Insufficient', input: { ...UK, caption: 'Made possible by @easyjet: Lisbon!' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: '#PR', rule: '§2 Insufficient ("PR/PR stay")', input: { ...UK, materialConnection: 'gifted', caption: '#PR new palette from @huda' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: '"PR stay"', rule: '§2 Insufficient', input: { ...UK, materialConnection: 'gifted', caption: 'PR stay at @sohohouse this weekend' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: '#client', rule: '§2 Insufficient', input: { ...UK, caption: '#client new campaign for @adidas' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: '"Thanks to [brand]"', rule: '§2 Insufficient; §0.8', input: { ...UK, caption: 'Thanks to @hellofresh dinner was sorted' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: '"affiliate" alone (ASOS ruling)', rule: '§2 Affiliate', input: { ...UK, materialConnection: 'affiliate', caption: 'Affiliate links below! Dress: asos.com/x' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: '"aff" is not understood', rule: '§2 Affiliate', input: { ...UK, materialConnection: 'affiliate', caption: 'aff link: liketk.it/3abc' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
  { name: 'affiliate labelled "Ad"', rule: '§2 Affiliate', input: { ...UK, materialConnection: 'affiliate', caption: 'Ad | Dress linked: liketk.it/3abc' }, verdict: 'compliant', codes: [] },
  { name: 'lone #ad as the last word of a one-line caption', rule: '§2 Placement', input: { ...UK, caption: 'Loving these trainers from @nike #ad' }, verdict: 'needs_review', codes: ['placement_uncertain'], evidence: { placement_uncertain: '#ad' } },
  { name: '#ad after "more"', rule: '§2 Placement; §0.3', input: { ...UK, caption: longCaption('Autumn in the Cotswolds.', '#ad') }, verdict: 'non_compliant', codes: ['label_after_truncation'] },
  { name: '#ad among hashtags', rule: '§2 Placement; §0.4', input: { ...UK, caption: 'Weekend #autumn #cosy #knitwear #ad' }, verdict: 'non_compliant', codes: ['buried_label'] },
  { name: 'own brand stated without "Ad"', rule: '§2 Own brand', input: { ...UK, materialConnection: 'own_brand', caption: 'My own brand has a new leggings drop!' }, verdict: 'needs_review', codes: ['own_brand_context'] },
  { name: 'own brand with "Ad"', rule: '§2 Own brand', input: { ...UK, materialConnection: 'own_brand', caption: 'Ad | my own brand has a new leggings drop!' }, verdict: 'compliant', codes: [] },
  { name: 'own brand neither stated nor labelled (bio is not enough)', rule: '§2 Own brand', input: { ...UK, materialConnection: 'own_brand', caption: 'New leggings drop, link in bio' }, verdict: 'non_compliant', codes: ['missing_disclosure'] },
  { name: 'platform tool alone', rule: '§2 Platform tool alone', input: { ...UK, paidPartnershipLabel: true, caption: 'Spa day with @elemis' }, verdict: 'needs_review', codes: ['platform_label_only'] },
  { name: 'unsolicited gift without label', rule: '§2 Gifts (CMA)', input: { ...UK, materialConnection: 'gifted', caption: 'Surprise parcel from @lush' }, verdict: 'non_compliant', codes: ['missing_disclosure'] },
  { name: 'YouTube "#AD |" title only, not in video', rule: '§2 Video (CMA example); §0.5', input: { ...UK, platform: 'youtube', kind: 'video', caption: '#AD | Testing @gymshark leggings' }, verdict: 'non_compliant', codes: ['label_not_in_video'] },
  { name: 'YouTube title plus in-video mention', rule: '§2 Video (CMA example)', input: { ...UK, platform: 'youtube', kind: 'video', caption: '#AD | Testing @gymshark leggings', videoDisclosure: { onScreen: true, spoken: true } }, verdict: 'compliant', codes: [] },
  { name: '"Paid partnership with" written out', rule: '§2 Accepted wording (not listed) → label_wording_unclear', input: { ...UK, caption: 'Paid partnership with @boots: my skincare' }, verdict: 'needs_review', codes: ['label_wording_unclear'] },
  { name: '#gifted without connection needs nothing', rule: '§2 Trigger', input: { ...UK, materialConnection: 'none', caption: 'Birthday presents from my mum #gifted' }, verdict: 'compliant', codes: [] },
  { name: '#sp and #spon', rule: '§2 Insufficient', input: { ...UK, caption: '#sp #spon new @asos drop' }, verdict: 'non_compliant', codes: ['ambiguous_label'] },
];
