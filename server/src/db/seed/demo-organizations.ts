import type { DistrictCondition, PartnerKind, PartnershipStatus } from '@partnerhub/shared';

/** The state agency of the first demo district's state. */
export const DEMO_STATE_AGENCY = {
  state: 'OH',
  name: 'Ohio Department of Education and Workforce',
  website: 'https://education.ohio.gov',
};

export interface DemoDistrict {
  slug: string;
  name: string;
  state: string;
  ncesLeaId: string;
  city: string;
  website: string;
  description: string;
}

export const DEMO_DISTRICTS: DemoDistrict[] = [
  {
    slug: 'maple-ridge',
    name: 'Maple Ridge City School District',
    state: 'OH',
    ncesLeaId: '3904712',
    city: 'Maple Ridge',
    website: 'https://www.mapleridge.k12.oh.us',
    description:
      'Maple Ridge serves 9,400 students in 14 schools. Our Portrait of a Graduate commits every learner to at least one work-based learning experience before graduation, built with local employers, colleges and community organizations.',
  },
  {
    slug: 'cedar-valley',
    name: 'Cedar Valley Unified School District',
    state: 'CA',
    ncesLeaId: '0609810',
    city: 'Cedar Valley',
    website: 'https://www.cedarvalleyusd.org',
    description:
      'Cedar Valley Unified is scaling personalized learning across its middle and high schools, with extended learning opportunities that earn credit and career pathways co-designed with partners.',
  },
];

export interface DemoContact {
  name: string;
  title: string;
  email: string;
  phone?: string;
  publishable: boolean;
}

export interface DemoPartner {
  slug: string;
  name: string;
  kind: PartnerKind;
  website: string;
  description: string;
  address: string;
  city: string;
  state: string;
  postalCode: string;
  contacts: DemoContact[];
}

const p = (
  slug: string,
  name: string,
  kind: PartnerKind,
  description: string,
  address: string,
  city: string,
  state: string,
  postalCode: string,
  contacts: DemoContact[],
): DemoPartner => ({
  slug,
  name,
  kind,
  website: `https://www.${slug.replace(/-/g, '')}.example.org`,
  description,
  address,
  city,
  state,
  postalCode,
  contacts,
});

export const DEMO_PARTNERS: DemoPartner[] = [
  p(
    'riverbend-manufacturing',
    'Riverbend Precision Manufacturing',
    'BUSINESS',
    'Family-owned maker of precision machined parts for the aerospace and medical industries, with a registered apprenticeship program for machinists.',
    '1200 Industrial Pkwy',
    'Maple Ridge',
    'OH',
    '43210',
    [
      {
        name: 'Dana Whitfield',
        title: 'Talent Development Manager',
        email: 'dwhitfield@riverbend.example.org',
        phone: '614-555-0142',
        publishable: true,
      },
    ],
  ),
  p(
    'summit-credit-union',
    'Summit Community Credit Union',
    'BUSINESS',
    'Member-owned credit union that runs a student-staffed school branch and financial literacy mentoring.',
    '45 Main St',
    'Maple Ridge',
    'OH',
    '43211',
    [
      {
        name: 'Luis Ortega',
        title: 'Community Relations Officer',
        email: 'lortega@summitcu.example.org',
        publishable: false,
      },
    ],
  ),
  p(
    'brightpath-software',
    'BrightPath Software',
    'BUSINESS',
    'Software company building scheduling tools for clinics; hosts paid summer interns in engineering and design.',
    '88 Tech Center Dr',
    'Cedar Valley',
    'CA',
    '95814',
    [
      {
        name: 'Priya Raman',
        title: 'University & Early Talent Lead',
        email: 'priya.raman@brightpath.example.org',
        publishable: true,
      },
    ],
  ),
  p(
    'valley-growers-coop',
    'Valley Growers Cooperative',
    'BUSINESS',
    'Agricultural cooperative of 60 family farms supporting supervised agricultural experiences and FFA projects.',
    '3100 County Rd 12',
    'Cedar Valley',
    'CA',
    '95820',
    [
      {
        name: 'Tom Nguyen',
        title: 'Outreach Coordinator',
        email: 'tnguyen@valleygrowers.example.org',
        publishable: true,
      },
    ],
  ),
  p(
    'youth-futures-alliance',
    'Youth Futures Alliance',
    'NONPROFIT',
    'Community organization matching students with trained adult mentors and running a year-round service learning corps.',
    '210 Elm St',
    'Maple Ridge',
    'OH',
    '43212',
    [
      {
        name: 'Keisha Brown',
        title: 'Program Director',
        email: 'kbrown@youthfutures.example.org',
        publishable: true,
      },
    ],
  ),
  p(
    'greenway-conservancy',
    'Greenway River Conservancy',
    'NONPROFIT',
    'Restores river habitat and trails; students do field science and earn service hours.',
    '5 Riverside Trail',
    'Maple Ridge',
    'OH',
    '43213',
    [
      {
        name: 'Sam Keller',
        title: 'Education Manager',
        email: 'skeller@greenway.example.org',
        publishable: false,
      },
    ],
  ),
  p(
    'cedar-valley-arts-council',
    'Cedar Valley Arts Council',
    'NONPROFIT',
    'Supports local artists and runs a student-staffed gallery and summer arts intensive.',
    '17 Plaza Way',
    'Cedar Valley',
    'CA',
    '95816',
    [
      {
        name: 'Mariana Flores',
        title: 'Youth Programs Lead',
        email: 'mflores@cvarts.example.org',
        publishable: true,
      },
    ],
  ),
  p(
    'ridge-state-college',
    'Ridge State Community College',
    'HIGHER_EDUCATION',
    'Community college offering College Credit Plus courses, health science pathways and a makerspace for high school students.',
    '600 College Ave',
    'Maple Ridge',
    'OH',
    '43214',
    [
      {
        name: 'Dr. Alan Cho',
        title: 'Dean of Early College',
        email: 'acho@ridgestate.example.edu',
        publishable: true,
      },
    ],
  ),
  p(
    'sierra-polytechnic',
    'Sierra Polytechnic University',
    'HIGHER_EDUCATION',
    'Public university whose engineering and agriculture colleges host research apprenticeships for high schoolers.',
    '1 University Cir',
    'Cedar Valley',
    'CA',
    '95819',
    [
      {
        name: 'Erin Walsh',
        title: 'K-12 Partnerships Director',
        email: 'ewalsh@sierrapoly.example.edu',
        publishable: false,
      },
    ],
  ),
  p(
    'maple-county-government',
    'Maple County Board of Commissioners',
    'GOVERNMENT',
    'County government offering civic internships in planning, elections, parks and the county engineer’s office.',
    '100 Courthouse Sq',
    'Maple Ridge',
    'OH',
    '43215',
    [
      {
        name: 'Gloria Patel',
        title: 'HR Director',
        email: 'gpatel@maplecounty.example.gov',
        publishable: true,
      },
    ],
  ),
  p(
    'cedar-valley-parks-rec',
    'Cedar Valley Parks & Recreation',
    'RECREATION',
    'Runs youth leagues, aquatic centers and summer camps; trains teens as lifeguards and camp counselors.',
    '900 Park Blvd',
    'Cedar Valley',
    'CA',
    '95817',
    [
      {
        name: 'Jordan Lee',
        title: 'Recreation Supervisor',
        email: 'jlee@cvparks.example.gov',
        publishable: true,
      },
    ],
  ),
  p(
    'second-chance-youth-court',
    'Second Chance Youth Court',
    'JUVENILE_JUSTICE',
    'Peer-led youth court program of the county juvenile court; students serve as jurors, advocates and clerks.',
    '102 Courthouse Sq',
    'Maple Ridge',
    'OH',
    '43215',
    [
      {
        name: 'Hon. Renee Adams',
        title: 'Program Magistrate',
        email: 'radams@youthcourt.example.gov',
        publishable: false,
      },
    ],
  ),
  p(
    'first-community-church',
    'First Community Church Outreach',
    'FAITH_BASED',
    'Interfaith outreach center operating a food pantry, tutoring center and summer meal program.',
    '321 Church St',
    'Cedar Valley',
    'CA',
    '95818',
    [
      {
        name: 'Rev. Michael Grant',
        title: 'Outreach Pastor',
        email: 'mgrant@firstcommunity.example.org',
        publishable: true,
      },
    ],
  ),
  p(
    'mercy-regional-health',
    'Mercy Regional Health System',
    'HEALTHCARE',
    'Regional hospital system with clinical rotations, job shadowing and a pre-nursing pathway for juniors and seniors.',
    '2500 Hospital Dr',
    'Maple Ridge',
    'OH',
    '43216',
    [
      {
        name: 'Angela Brooks',
        title: 'Workforce Pipeline Manager',
        email: 'abrooks@mercyregional.example.org',
        phone: '614-555-0199',
        publishable: true,
      },
    ],
  ),
  p(
    'valley-family-clinic',
    'Valley Family Health Clinic',
    'HEALTHCARE',
    'Federally qualified health center offering medical assisting and community health worker experiences.',
    '450 Health Way',
    'Cedar Valley',
    'CA',
    '95821',
    [
      {
        name: 'Dr. Sofia Ramirez',
        title: 'Medical Director',
        email: 'sramirez@valleyclinic.example.org',
        publishable: false,
      },
    ],
  ),
  p(
    'buckeye-learning-collaborative',
    'Buckeye Learning Collaborative',
    'TECHNICAL_ASSISTANCE',
    'Professional development and strategic assistance for districts scaling personalized learning: coaching for teachers and principals, competency-based grading, and planning with the District Conditions for Scale.',
    '88 E Broad St',
    'Columbus',
    'OH',
    '43215',
    [
      {
        name: 'Nora Whitaker',
        title: 'Director of District Partnerships',
        email: 'nwhitaker@buckeyelearning.example.org',
        publishable: true,
      },
    ],
  ),
  p(
    'regional-workforce-board',
    'Tri-County Workforce Development Board',
    'OTHER',
    'Workforce board connecting employers and schools; funds paid summer work experiences for youth.',
    '75 Commerce St',
    'Maple Ridge',
    'OH',
    '43217',
    [
      {
        name: 'Chris Morgan',
        title: 'Youth Services Manager',
        email: 'cmorgan@tricountywdb.example.org',
        publishable: true,
      },
    ],
  ),
];

export interface DemoPartnership {
  district: string;
  partner: string;
  status: PartnershipStatus;
  commitments: string;
  conditions: DistrictCondition[];
  participatesInVision: boolean;
  notes?: string;
}

const link = (
  district: string,
  partner: string,
  status: PartnershipStatus,
  commitments: string,
  conditions: DistrictCondition[],
  participatesInVision = false,
): DemoPartnership => ({ district, partner, status, commitments, conditions, participatesInVision });

export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  link(
    'maple-ridge',
    'riverbend-manufacturing',
    'ACTIVE',
    'Twelve pre-apprenticeship seats a year and machining instructors for the CTE lab.',
    ['PARTNERSHIPS', 'CURRICULUM'],
    true,
  ),
  link(
    'maple-ridge',
    'summit-credit-union',
    'ACTIVE',
    'Operates a student-run branch at Maple Ridge High and trains student tellers.',
    ['PARTNERSHIPS', 'LEARNING_ENVIRONMENTS'],
  ),
  link(
    'maple-ridge',
    'youth-futures-alliance',
    'ACTIVE',
    'Mentors for every 7th and 8th grader who asks for one; service learning corps.',
    ['STUDENT_SUPPORTS', 'PARTNERSHIPS'],
    true,
  ),
  link(
    'maple-ridge',
    'greenway-conservancy',
    'ACTIVE',
    'Field science days and a summer river restoration crew.',
    ['LEARNING_ENVIRONMENTS', 'PARTNERSHIPS'],
  ),
  link(
    'maple-ridge',
    'ridge-state-college',
    'ACTIVE',
    'Dual-credit courses taught on campus and in the high school; faculty co-teach capstones.',
    ['CURRICULUM', 'INSTRUCTION', 'PARTNERSHIPS'],
    true,
  ),
  link('maple-ridge', 'maple-county-government', 'ACTIVE', 'Civic internships in five county departments.', [
    'PARTNERSHIPS',
  ]),
  link(
    'maple-ridge',
    'second-chance-youth-court',
    'PAUSED',
    'Peer jury program; paused while the court moves buildings.',
    ['STUDENT_SUPPORTS'],
  ),
  link(
    'maple-ridge',
    'mercy-regional-health',
    'ACTIVE',
    'Clinical rotations and job shadowing for health science pathway students.',
    ['PARTNERSHIPS', 'CURRICULUM'],
    true,
  ),
  link(
    'maple-ridge',
    'regional-workforce-board',
    'ACTIVE',
    'Funds wages for summer work experiences through WIOA youth dollars.',
    ['PARTNERSHIPS', 'DATA_SYSTEMS'],
  ),
  link(
    'maple-ridge',
    'buckeye-learning-collaborative',
    'ACTIVE',
    'Coaches middle-school teams on competency-based learning and leads the principals’ learning network.',
    ['PROFESSIONAL_DEVELOPMENT', 'LEADERSHIP_DEVELOPMENT'],
  ),
  link('maple-ridge', 'brightpath-software', 'PROSPECT', 'Exploring remote software internships.', [
    'PARTNERSHIPS',
  ]),
  link('maple-ridge', 'first-community-church', 'ENDED', 'Hosted an after-school tutoring site until 2025.', [
    'STUDENT_SUPPORTS',
  ]),
  link(
    'cedar-valley',
    'brightpath-software',
    'ACTIVE',
    'Paid summer internships in engineering, design and support.',
    ['PARTNERSHIPS', 'TECHNOLOGY_POLICY'],
    true,
  ),
  link(
    'cedar-valley',
    'valley-growers-coop',
    'ACTIVE',
    'Supervised agricultural experience placements and FFA mentors.',
    ['PARTNERSHIPS', 'LEARNING_ENVIRONMENTS'],
  ),
  link(
    'cedar-valley',
    'cedar-valley-arts-council',
    'ACTIVE',
    'Extended learning in the arts for elective credit.',
    ['CURRICULUM', 'PARTNERSHIPS'],
  ),
  link(
    'cedar-valley',
    'sierra-polytechnic',
    'ACTIVE',
    'Research apprenticeships in labs; faculty advise on competency-based assessment.',
    ['ASSESSMENT', 'PARTNERSHIPS'],
    true,
  ),
  link(
    'cedar-valley',
    'cedar-valley-parks-rec',
    'ACTIVE',
    'Lifeguard and camp counselor training with paid summer jobs.',
    ['PARTNERSHIPS'],
  ),
  link(
    'cedar-valley',
    'first-community-church',
    'ACTIVE',
    'Tutoring center and food pantry service learning.',
    ['STUDENT_SUPPORTS', 'PARTNERSHIPS'],
  ),
  link(
    'cedar-valley',
    'valley-family-clinic',
    'PAUSED',
    'Medical assisting shadowing; paused pending a new agreement.',
    ['PARTNERSHIPS'],
  ),
  link('cedar-valley', 'youth-futures-alliance', 'PROSPECT', 'Considering a second mentoring site.', [
    'STUDENT_SUPPORTS',
  ]),
];
