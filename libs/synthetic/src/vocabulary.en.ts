import type { Category } from '@fitscout/catalogue';
import { type LanguageVocabulary, type TopicVocabulary, words } from './vocabulary.types';

/** English content (UK and US creators; spelling differences are not modelled). */
const topics: Record<Category, TopicVocabulary> = {
  environment: {
    lines: [
      'Cycled to work again today – 9 miles, zero emissions 🚲',
      'Climate action starts at home, but it can’t stop there.',
      'Community solar is finally coming to {city} ☀️',
      'Climate strike in {city} on Friday. Who’s coming? 🌍',
      'Three things I stopped buying this year – and why.',
      'Cutting your energy bill and your emissions at the same time. Here’s how 👇',
      'Clean air in our cities is a health issue, not a lifestyle choice.',
    ],
    tags: words(
      'climateaction sustainability fridaysforfuture climatechange zerowaste cycling renewableenergy sustainableliving climatejustice ecofriendly',
    ),
    camelTags: words('ClimateActionNow GreenNewDeal NetZeroNow'),
    handleWords: words('green eco climate cycles'),
    role: ['climate organiser', 'climate organiser', 'climate organiser'],
    bio: ['climate action in everyday life', 'clean energy', 'cycling & better streets', 'low-waste living'],
  },
  labour: {
    lines: [
      'We’re on strike today for a fair contract. Solidarity to everyone on the picket line ✊',
      'Joining a union was the best career decision I ever made.',
      'Picket line in {city} this morning – thank you for the tea and the honks!',
      'A living wage is not too much to ask.',
      'Know your rights at work: five things your boss won’t tell you 👇',
      'Shift work and childcare – how do you make it work?',
    ],
    tags: words('unionstrong union strike solidarity livingwage workersrights 1u picketline fairpay labour'),
    camelTags: words('UnionStrong FairPayNow WorkersUnite'),
    handleWords: words('union solidarity worker'),
    role: ['union rep', 'union rep', 'union rep'],
    bio: ['workers’ rights', 'union organiser', 'fair pay for all'],
  },
  education: {
    lines: [
      'First day back – the teachers are ready, the photocopier is not 😅',
      'Why fair access to education starts in primary school.',
      'Class sizes in {city} are getting out of hand. A thread.',
      'My favourite tricks for teaching fractions 📚',
      'Teacher shortages aren’t a law of nature.',
      'Parents’ evening survived. What I wish every parent knew 👇',
    ],
    tags: words('education teacherlife teachers school edutwitter learning classroom teachersofinstagram'),
    camelTags: words('FundOurSchools TeachersMatter'),
    handleWords: words('teaches teacher classroom'),
    role: ['teacher', 'teacher', 'teacher'],
    bio: ['teaching with heart', 'education for everyone', 'classroom ideas'],
  },
  health: {
    lines: [
      'Fifth night shift this week. Nurses need more than applause 💙',
      'A five-minute mobility routine for your back.',
      'Talking about mental health should be as normal as talking about the flu.',
      'Nurses in {city} are marching today. So am I.',
      'When did you last get a check-up? Prevention saves lives.',
      'Sleep is not a luxury. What actually helps me after night shifts.',
    ],
    tags: words('health nurse nursing mentalhealth nhs healthcare wellbeing selfcare'),
    camelTags: words('SaveOurNHS HealthcareHeroes'),
    handleWords: words('nurse health well'),
    role: ['nurse', 'nurse', 'nurse'],
    bio: ['nursing with heart', 'health made simple', 'mental health matters'],
  },
  sport: {
    lines: [
      'Sunday long run: 13 miles along the river, legs are jelly 🏃',
      'Home win! What an atmosphere in {city} ⚽',
      'Eight-week plan is set. Goal: sub-1:45 half marathon.',
      'Strength training for runners – three moves I do every week.',
      'Grassroots sport runs on volunteers. Thank you 💪',
      'Rain, wind, 6 degrees – perfect running weather, right?',
    ],
    tags: words('running fitness training football marathon cycling grassroots gym runnersofinstagram'),
    camelTags: words('RunningCommunity GameDay'),
    handleWords: words('runs fit trains'),
    role: ['runner', 'runner', 'runner'],
    bio: ['running & strength', 'grassroots sport', 'marathon training'],
  },
  fashion: {
    lines: [
      'Outfit of the day: vintage blazer from the {city} flea market 🧥',
      'Second-hand over fast fashion – my weekend haul.',
      'Three looks, one skirt. Which is your favourite? 👗',
      'Autumn capsule wardrobe: 30 pieces, endless outfits.',
      'Sustainable fashion doesn’t have to be expensive 👇',
      'New trainers, old love 👟',
    ],
    tags: words('ootd fashion secondhand thrifted vintage streetstyle slowfashion styleinspo'),
    camelTags: words('SecondHandSeptember WhoMadeMyClothes'),
    handleWords: words('style wears outfits'),
    role: ['fashion blogger', 'fashion blogger', 'fashion blogger'],
    bio: ['thrifted & vintage', 'slow fashion', 'everyday outfits'],
  },
  beauty: {
    lines: [
      'My five-minute morning routine – no ten-step nonsense ✨',
      'Winter skincare that actually works.',
      'Drugstore favourites of the month 💄',
      'Testing clean beauty: does it live up to the hype?',
      'Winged liner for beginners, step by step.',
      'Skincare doesn’t need to be complicated. Three basics are enough.',
    ],
    tags: words('beauty makeup skincare skincareroutine crueltyfree makeuptutorial glowup'),
    camelTags: words('SkincareRoutine CleanBeauty'),
    handleWords: words('beauty glow glam'),
    role: ['makeup artist', 'makeup artist', 'makeup artist'],
    bio: ['no-fuss skincare', 'cruelty-free beauty', 'everyday makeup'],
  },
  politics: {
    lines: [
      'Local elections in {city}: what’s actually on the ballot? Explained 🗳️',
      'Democracy works when we show up. Town hall tonight.',
      'What the new budget means for families – in 60 seconds.',
      'Spent the day at the council meeting. Three takeaways.',
      'Rent, housing benefit, social housing: who does what?',
      'Register to vote. Then vote. Every vote counts.',
    ],
    tags: words('politics democracy vote elections localelections registertovote civics policy'),
    camelTags: words('GoVote DemocracyMatters'),
    handleWords: words('politics civic votes'),
    role: ['councillor', 'councillor', 'councillor'],
    bio: ['politics explained', 'local democracy', 'civic education'],
  },
  family: {
    lines: [
      'Nursery settling-in, day three. Who cries more, kid or parent? 😅',
      'Family day out in {city}: our favourite playgrounds.',
      'Paternity leave should be normal. Our experience.',
      'Childcare costs are not a private problem.',
      'Weekly family meal plan – saves us time and money.',
      'Rainy-day crafts for toddlers 🎨',
    ],
    tags: words('family momlife dadlife parenting toddler familytime childcare parentinghacks'),
    camelTags: words('ParentingTips FamilyFirst'),
    handleWords: words('family familylife home'),
    role: ['mum of two', 'dad of two', 'parent of two'],
    bio: ['real family life', 'working parent', 'life with kids'],
  },
  food: {
    lines: [
      'Quick recipe: 20-minute lentil curry 🍛',
      'Vegan BBQ? These skewers convert the sceptics.',
      'Farmers’ market haul from {city} 🥕',
      'Grandma’s apple pie, but vegan. Recipe in the comments!',
      'Meal prep: five dishes, two hours.',
      'Sourdough update – my starter turns three 🍞',
    ],
    tags: words('recipe vegan cooking baking foodie plantbased mealprep homecooking easyrecipes'),
    camelTags: words('MeatFreeMonday EasyRecipes'),
    handleWords: words('cooks eats kitchen bakes'),
    role: ['home cook', 'home cook', 'home cook'],
    bio: ['vegan recipes', 'quick weeknight dinners', 'baking & cooking'],
  },
  travel: {
    lines: [
      'Interrailing through Europe: 9 countries, 21 days 🚆',
      'Weekend trips from {city} you can do without a car.',
      'Hiking the Highlands: the best route I know ⛰️',
      'Staycations are underrated. Proof 👇',
      'Carry-on only for two weeks: my packing list.',
      'Sunrise at the lake. Worth every alarm.',
    ],
    tags: words('travel wanderlust hiking travelblogger slowtravel roadtrip adventure traveltips'),
    camelTags: words('SlowTravel TravelByTrain'),
    handleWords: words('travels roams wanders'),
    role: ['travel writer', 'travel writer', 'travel writer'],
    bio: ['slow travel', 'hiking & mountains', 'weekend getaways'],
  },
  technology: {
    lines: [
      'New home-office setup – finally no cable chaos 💻',
      'Privacy isn’t optional. Change these settings today.',
      'AI in everyday life: what works and what’s hype?',
      'Tech meetup in {city} tonight – who’s coming?',
      'Repair, don’t replace: my phone after three years 🔧',
      'Learning to code at 40. My path into tech.',
    ],
    tags: words('tech technology privacy ai coding programming gadgets womenintech'),
    camelTags: words('LearnToCode TechTalk'),
    handleWords: words('tech codes digital'),
    role: ['software engineer', 'software engineer', 'software engineer'],
    bio: ['tech made simple', 'privacy & digital rights', 'code & coffee'],
  },
  culture: {
    lines: [
      'Reading tonight at the {city} library – so nervous 📖',
      'Three books I couldn’t put down this month.',
      'Opening night! What an evening 🎭',
      'Free museum Sundays are so underrated.',
      'Concert in the park – free culture for everyone 🎶',
      'Why the arts need public funding.',
    ],
    tags: words('books bookstagram reading theatre museum music art literature'),
    camelTags: words('BookTok SupportTheArts'),
    handleWords: words('reads books arts'),
    role: ['writer', 'writer', 'writer'],
    bio: ['books & theatre', 'arts for everyone', 'reading, writing, listening'],
  },
  gaming: {
    lines: [
      'Stream tonight at 8 – we’re playing the new co-op game 🎮',
      'Setup upgrade: finally 144 Hz.',
      'Found an indie gem you have to play.',
      'Community tournament on Saturday! Sign up in Discord.',
      'Retro night: who remembers this console? 👾',
      'Speedrun attempt number 47. This is the one.',
    ],
    tags: words('gaming gamer twitchstreamer videogames indiegames esports retrogaming pcgaming'),
    camelTags: words('GamingCommunity StreamTime'),
    handleWords: words('plays gaming games'),
    role: ['streamer', 'streamer', 'streamer'],
    bio: ['let’s plays & streams', 'indie games', 'gaming community'],
  },
  finance: {
    lines: [
      'Investing £50 a month – how I got started 📈',
      'Budgeting 101: where does my money actually go?',
      'Pensions are a gender-equality issue. Here’s why.',
      'Five money-saving tips that actually work.',
      'Tax return done in one afternoon. My checklist.',
      'Emergency fund first, everything else later.',
    ],
    tags: words('personalfinance money saving investing budgeting financialfreedom pension moneytips'),
    camelTags: words('FinancialLiteracy MoneyTips'),
    handleWords: words('money saves finance'),
    role: ['finance writer', 'finance writer', 'finance writer'],
    bio: ['money made simple', 'saving without sacrifice', 'pensions & budgeting'],
  },
  lifestyle: {
    lines: [
      'Sunday routine: coffee, book, long walk ☕',
      'Small flat, big ideas – my balcony makeover 🌿',
      'A day in {city}: my favourite spots.',
      'Fifteen minutes of tidying a day changed everything.',
      'Things I learned this week.',
      'Autumn in {city} hits different 🍂',
    ],
    tags: words('lifestyle dailylife interior slowliving selfcare weekend homedecor'),
    camelTags: words('SlowLiving DayInTheLife'),
    handleWords: words('life daily living'),
    role: ['content creator', 'content creator', 'content creator'],
    bio: ['everyday life & home', 'slow living', 'small joys'],
  },
};

export const ENGLISH: LanguageVocabulary = {
  language: 'en',
  topics,
  openers: ['Quick update:', 'Honestly:', 'New video!', 'Today:', 'Finally!', 'Hi everyone,'],
  closers: [
    'What do you think?',
    'Tell me in the comments 👇',
    'Save this for later!',
    'Share if this helped.',
    'Link in bio.',
    'Thanks for watching ❤️',
  ],
  genericTags: words('community instadaily weekend explore'),
  paidPrefixes: ['#ad | ', 'Ad | ', 'AD: ', '[ad] '],
  paidTags: words('ad sponsored partner'),
  sponsorLines: [
    'In partnership with @{brand}.',
    'Thanks to @{brand} for supporting this!',
    'Use code {code} for 15% off at @{brand}.',
    'All the details at @{brand} – link in bio.',
  ],
  unpaidLabels: ['(not sponsored, bought it myself)', '(gifted, no obligation to post)'],
  storyCaptions: ['Poll!', 'Good morning ☀️', 'New post up', 'Q&A tonight', 'Behind the scenes'],
  bioIntros: ['{role} from {city}', '{role} | {city}', '📍 {city} · {role}'],
  bioCalls: ['📩 collabs via DM', '👇 new video', 'podcast every Monday', 'links below'],
  and: ' & ',
};

/** US creators: the same voice, American words where a UK one would give the creator away. */
const US_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['£', '$'],
  ['Highlands', 'Rockies'],
  ['Nursery', 'Daycare'],
  ['nursery', 'daycare'],
  ['flat', 'apartment'],
  ['trainers', 'sneakers'],
  ['favourite', 'favorite'],
  ['Parents’ evening', 'Parent-teacher night'],
  ['theatre', 'theater'],
  ['councillor', 'city council member'],
  ['council meeting', 'city council meeting'],
  ['mum of two', 'mom of two'],
  ['organiser', 'organizer'],
  ['nhs', 'healthcare'],
  ['SaveOurNHS', 'NursesUnite'],
  ['Interrailing', 'Backpacking'],
];

function americanise(text: string): string {
  let out = text;
  for (const [uk, us] of US_WORDS) out = out.split(uk).join(us);
  return out;
}

const americanTopics = {} as Record<Category, TopicVocabulary>;
for (const category of Object.keys(topics) as Category[]) {
  const t = topics[category];
  americanTopics[category] = {
    ...t,
    lines: t.lines.map(americanise),
    tags: t.tags.map(americanise),
    camelTags: t.camelTags.map(americanise),
    role: [americanise(t.role[0]), americanise(t.role[1]), americanise(t.role[2])],
    bio: t.bio.map(americanise),
  };
}

export const AMERICAN_ENGLISH: LanguageVocabulary = {
  ...ENGLISH,
  topics: americanTopics,
  openers: ENGLISH.openers.map(americanise),
  closers: ENGLISH.closers.map(americanise),
};
