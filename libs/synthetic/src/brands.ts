import type { Category } from '@fitscout/catalogue';
import { words } from './vocabulary.types';

/**
 * Invented brand handles for sponsored posts. Deliberately fictional: synthetic data must never suggest
 * that a real company paid a (synthetic) creator.
 */
export const BRANDS: Readonly<Record<Category, readonly string[]>> = {
  environment: words('sonnenfuchs.energie velowerk_official gruenstromwerk refillery.eu klimakasse'),
  labour: words('arbeitsrecht.app fairshift_tools schichtplaner.pro'),
  education: words('lernfuchs.app klassenzimmer.shop brightdesk.learning'),
  health: words('vitalkasse physiofit.app nordlicht.apotheke'),
  sport: words('laufrausch.store peakform.nutrition trailkind_outdoor'),
  fashion: words('kleiderliebe.store threadloop_vintage mode.wechsel northbound.denim'),
  beauty: words('glowfaktur hautsache.naturkosmetik lumi.skin roseandrye.beauty'),
  politics: words('demokratiepass.app civicbox.news'),
  family: words('kinderkram.store tinysteps.baby familienkiste'),
  food: words('gemuesekiste.bio ofenfrisch.box hafermilchwerk spicetrail.kitchen'),
  travel: words('schienenreise.eu huettenpass wanderlust.gear'),
  technology: words('reparierbar.tech pixelwerk.store cloudnest.app'),
  culture: words('buecherbaum.verlag stagepass.tickets hoerwelt.audio'),
  gaming: words('pixelforge.gg controllerwerk nightraid.energy'),
  finance: words('sparschwein.app finfox.invest pennywise.bank'),
  lifestyle: words('kaffeekonsum.roastery wohnglueck.shop slowhome.co'),
};
