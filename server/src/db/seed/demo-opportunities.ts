import type { Compensation, LocationMode, OpportunityType } from '@partnerhub/shared';

/** A demo listing; dates are days from the day the seed runs, so deadlines are both past and future. */
export interface DemoOpportunity {
  district: string;
  partner: string | null;
  type: OpportunityType;
  title: string;
  summary: string;
  description: string;
  skills: string[];
  careerCluster: string;
  compensation: Compensation;
  compensationDetails?: string;
  credit?: { amount: number; subject: string };
  grades: [number, number];
  minimumAge?: number;
  locationMode: LocationMode;
  hoursPerWeek: number;
  capacity: number;
  startInDays: number;
  weeks: number;
  deadlineInDays: number | null;
  transportNotes?: string;
  accessibilityNotes?: string;
}

type Row = [
  string, string | null, OpportunityType, string, string, string[], string, Compensation, [number, number], LocationMode, number, number, number | null,
  Partial<DemoOpportunity>?,
];

const rows: Row[] = [
  ['maple-ridge', 'riverbend-manufacturing', 'PRE_APPRENTICESHIP', 'Machining Pre-Apprenticeship', 'Learn CNC setup and precision measurement on the shop floor, with a path into the registered machinist apprenticeship.', ['CNC operation', 'Blueprint reading', 'Precision measurement'], 'Manufacturing', 'PAID', [11, 12], 'ON_SITE', 15, 6, 21, { compensationDetails: '$16.50/hour', minimumAge: 16, credit: { amount: 1, subject: 'CTE Manufacturing Technology' } }],
  ['maple-ridge', 'riverbend-manufacturing', 'JOB_SHADOWING', 'Advanced Manufacturing Job Shadow Day', 'Spend a day with machinists, quality inspectors and engineers at Riverbend.', ['Workplace safety', 'Quality control'], 'Manufacturing', 'UNPAID', [9, 12], 'ON_SITE', 6, 20, 9],
  ['maple-ridge', 'riverbend-manufacturing', 'APPRENTICESHIP', 'Registered Machinist Apprenticeship (Youth)', 'A registered youth apprenticeship: paid on-the-job training plus related instruction at Ridge State.', ['CNC programming', 'Metrology', 'Teamwork'], 'Manufacturing', 'PAID', [11, 12], 'ON_SITE', 20, 4, 45, { compensationDetails: '$17.25/hour, rising with each competency', minimumAge: 16 }],
  ['maple-ridge', 'summit-credit-union', 'SCHOOL_BASED_ENTERPRISE', 'Student Teller at the Maple Ridge High Branch', 'Run real transactions at the student-staffed branch inside the high school.', ['Customer service', 'Cash handling', 'Financial literacy'], 'Finance', 'STIPEND', [10, 12], 'ON_SITE', 5, 8, -12, { compensationDetails: '$500 per semester', credit: { amount: 0.5, subject: 'Business Education' } }],
  ['maple-ridge', 'summit-credit-union', 'MENTORSHIP', 'Money Mentors', 'Monthly one-to-one mentoring on budgeting, credit and saving for college.', ['Budgeting', 'Goal setting'], 'Finance', 'UNPAID', [8, 10], 'HYBRID', 1, 30, 30],
  ['maple-ridge', 'youth-futures-alliance', 'MENTORSHIP', 'Middle School Mentoring Match', 'Meet weekly with a trained adult mentor to explore interests, careers and high school plans.', ['Self-advocacy', 'Career exploration'], 'Human Services', 'UNPAID', [6, 8], 'ON_SITE', 1, 60, 14, { transportNotes: 'Meetings happen at school during advisory.' }],
  ['maple-ridge', 'youth-futures-alliance', 'SERVICE_LEARNING', 'Community Service Corps', 'Plan and lead service projects with neighborhood organizations; reflect on impact in monthly seminars.', ['Project planning', 'Leadership', 'Public speaking'], 'Human Services', 'UNPAID', [9, 12], 'ON_SITE', 4, 40, 35, { credit: { amount: 0.5, subject: 'Service Learning Elective' } }],
  ['maple-ridge', 'youth-futures-alliance', 'MENTORSHIP', 'Near-Peer Tutoring Fellows', 'High school fellows tutor middle schoolers in math after school.', ['Tutoring', 'Communication'], 'Education & Training', 'STIPEND', [10, 12], 'ON_SITE', 4, 15, -3, { compensationDetails: '$300 per semester' }],
  ['maple-ridge', 'greenway-conservancy', 'SERVICE_LEARNING', 'River Restoration Crew', 'Remove invasive species, plant native trees and monitor water quality along the Greenway.', ['Field science', 'Data collection', 'Teamwork'], 'Agriculture, Food & Natural Resources', 'STIPEND', [9, 12], 'ON_SITE', 12, 12, 60, { compensationDetails: '$1,200 summer stipend', accessibilityNotes: 'Trail work; accessible tasks in the field lab are available.' }],
  ['maple-ridge', 'greenway-conservancy', 'EXTENDED_LEARNING', 'Watershed Science ELO', 'An extended learning opportunity: design and run a water-quality study that earns science credit.', ['Scientific method', 'Data analysis', 'Technical writing'], 'Science, Technology, Engineering & Mathematics', 'UNPAID', [10, 12], 'HYBRID', 5, 10, 25, { credit: { amount: 0.5, subject: 'Environmental Science' } }],
  ['maple-ridge', 'ridge-state-college', 'EXTENDED_LEARNING', 'College Credit Plus: Intro to Health Careers', 'Take HLTH 1010 on campus and earn high school and college credit at no cost.', ['Medical terminology', 'Professionalism'], 'Health Science', 'UNPAID', [11, 12], 'ON_SITE', 3, 25, 18, { credit: { amount: 1, subject: 'HLTH 1010' } }],
  ['maple-ridge', 'ridge-state-college', 'SIMULATED_WORKSITE', 'Makerspace Product Studio', 'Work in teams as a simulated product company: design, prototype and pitch a product.', ['Prototyping', '3D printing', 'Pitching'], 'Science, Technology, Engineering & Mathematics', 'UNPAID', [9, 12], 'ON_SITE', 4, 24, -20],
  ['maple-ridge', 'ridge-state-college', 'EXTENDED_LEARNING', 'College Credit Plus: Computer Science Principles', 'Earn dual credit in CSCI 1100 with Ridge State faculty, online with weekly labs.', ['Programming', 'Problem solving'], 'Information Technology', 'UNPAID', [10, 12], 'REMOTE', 4, 30, 40, { credit: { amount: 1, subject: 'CSCI 1100' } }],
  ['maple-ridge', 'maple-county-government', 'UNPAID_INTERNSHIP', 'County Elections Office Internship', 'Help prepare poll worker training and voter outreach for the county board of elections.', ['Civic engagement', 'Event planning'], 'Government & Public Administration', 'UNPAID', [11, 12], 'ON_SITE', 8, 4, 10, { credit: { amount: 0.5, subject: 'American Government' }, minimumAge: 16 }],
  ['maple-ridge', 'maple-county-government', 'PAID_INTERNSHIP', 'County Engineer’s Office Summer Internship', 'Assist engineers with traffic counts, GIS mapping and road inspections.', ['GIS', 'Surveying', 'Data entry'], 'Architecture & Construction', 'PAID', [11, 12], 'ON_SITE', 30, 3, 50, { compensationDetails: '$15/hour', minimumAge: 16 }],
  ['maple-ridge', 'maple-county-government', 'JOB_SHADOWING', 'Shadow a County Planner', 'Follow a planner through zoning reviews and a public hearing.', ['Urban planning', 'Public meetings'], 'Government & Public Administration', 'UNPAID', [9, 12], 'ON_SITE', 4, 10, -40],
  ['maple-ridge', 'second-chance-youth-court', 'SERVICE_LEARNING', 'Youth Court Peer Juror', 'Serve on a peer jury that decides restorative sanctions for first-time offenders.', ['Critical thinking', 'Ethics', 'Public speaking'], 'Law, Public Safety, Corrections & Security', 'UNPAID', [9, 12], 'ON_SITE', 2, 20, -60],
  ['maple-ridge', 'mercy-regional-health', 'CLINICAL_WORK', 'Pre-Nursing Clinical Rotation', 'Rotate through three hospital units alongside registered nurses; STNA certification prep included.', ['Patient care', 'Vital signs', 'HIPAA'], 'Health Science', 'UNPAID', [11, 12], 'ON_SITE', 10, 12, 28, { minimumAge: 16, credit: { amount: 1, subject: 'Health Science Capstone' } }],
  ['maple-ridge', 'mercy-regional-health', 'JOB_SHADOWING', 'Hospital Careers Shadow Day', 'Shadow pharmacists, radiology techs, nurses and respiratory therapists for a day.', ['Career exploration'], 'Health Science', 'UNPAID', [9, 12], 'ON_SITE', 6, 40, 7],
  ['maple-ridge', 'mercy-regional-health', 'PAID_INTERNSHIP', 'Patient Transport Summer Internship', 'Paid summer role moving patients safely between units, with CPR certification.', ['CPR', 'Customer service'], 'Health Science', 'PAID', [11, 12], 'ON_SITE', 24, 8, 55, { compensationDetails: '$15.75/hour', minimumAge: 17 }],
  ['maple-ridge', 'regional-workforce-board', 'ON_THE_JOB', 'Summer Youth Work Experience', 'Six paid weeks at a local employer matched to your interests, with weekly career coaching.', ['Job readiness', 'Resume writing'], 'Business Management & Administration', 'PAID', [9, 12], 'ON_SITE', 25, 80, 42, { compensationDetails: '$14/hour, paid by the workforce board', minimumAge: 14, transportNotes: 'Bus passes provided.' }],
  ['maple-ridge', 'regional-workforce-board', 'COOPERATIVE_EDUCATION', 'Co-op: Senior Year Work-Study', 'Attend classes in the morning and work with a partner employer in the afternoon for credit.', ['Time management', 'Professionalism'], 'Business Management & Administration', 'PAID', [12, 12], 'ON_SITE', 15, 20, -5, { compensationDetails: 'Employer wage, at least $14/hour', credit: { amount: 2, subject: 'Cooperative Education' } }],
  ['maple-ridge', null, 'SCHOOL_BASED_ENTERPRISE', 'Ridge Roasters Student Café', 'Run the student café: ordering, inventory, marketing and barista service.', ['Entrepreneurship', 'Food safety', 'Marketing'], 'Hospitality & Tourism', 'UNPAID', [9, 12], 'ON_SITE', 3, 16, 20, { credit: { amount: 0.5, subject: 'Business Education' } }],
  ['maple-ridge', null, 'ENTREPRENEURSHIP', 'Young Founders Lab', 'Build a business plan and pitch to local investors at the spring showcase.', ['Business planning', 'Pitching', 'Financial modeling'], 'Marketing', 'UNPAID', [9, 12], 'HYBRID', 2, 30, 75],
  ['maple-ridge', null, 'SERVICE_LEARNING', '8th Grade Capstone: Community Problem Solvers', 'Identify a problem in your neighborhood and work with a partner to address it.', ['Research', 'Collaboration'], 'Human Services', 'UNPAID', [8, 8], 'ON_SITE', 2, 200, null],
  ['cedar-valley', 'brightpath-software', 'PAID_INTERNSHIP', 'Software Engineering Summer Intern', 'Ship real features with a mentor on the scheduling product; daily stand-ups and code review.', ['JavaScript', 'Git', 'Testing'], 'Information Technology', 'PAID', [11, 12], 'HYBRID', 30, 6, 33, { compensationDetails: '$22/hour', minimumAge: 16 }],
  ['cedar-valley', 'brightpath-software', 'PAID_INTERNSHIP', 'UX Design Summer Intern', 'Interview clinic staff, sketch flows and test prototypes with users.', ['User research', 'Figma', 'Prototyping'], 'Arts, A/V Technology & Communications', 'PAID', [11, 12], 'REMOTE', 20, 3, 33, { compensationDetails: '$22/hour', minimumAge: 16 }],
  ['cedar-valley', 'brightpath-software', 'MENTORSHIP', 'Women in Tech Mentoring Circle', 'Monthly virtual circles with BrightPath engineers and designers.', ['Networking', 'Career planning'], 'Information Technology', 'UNPAID', [9, 12], 'REMOTE', 1, 25, -8],
  ['cedar-valley', 'valley-growers-coop', 'SUPERVISED_AGRICULTURAL', 'SAE Placement: Orchard Operations', 'A supervised agricultural experience on a partner orchard: irrigation, pruning and harvest records.', ['Irrigation', 'Record keeping', 'Equipment safety'], 'Agriculture, Food & Natural Resources', 'PAID', [9, 12], 'ON_SITE', 10, 10, 15, { compensationDetails: '$16.50/hour', credit: { amount: 0.5, subject: 'Agriculture Science' } }],
  ['cedar-valley', 'valley-growers-coop', 'SUPERVISED_AGRICULTURAL', 'SAE Placement: Farmers Market Enterprise', 'Run a co-op booth at the farmers market and keep the books for your SAE.', ['Sales', 'Bookkeeping'], 'Agriculture, Food & Natural Resources', 'STIPEND', [9, 12], 'ON_SITE', 6, 6, -15, { compensationDetails: '20% of booth profits' }],
  ['cedar-valley', 'valley-growers-coop', 'JOB_SHADOWING', 'Ag Tech Field Day', 'See drones, soil sensors and precision irrigation at work on member farms.', ['Agricultural technology'], 'Agriculture, Food & Natural Resources', 'UNPAID', [6, 9], 'ON_SITE', 6, 60, 12, { transportNotes: 'District buses leave from each middle school at 8:00.' }],
  ['cedar-valley', 'cedar-valley-arts-council', 'EXTENDED_LEARNING', 'Gallery Curation ELO', 'Curate a student exhibition from call for art to opening night, for visual arts credit.', ['Curation', 'Writing', 'Event production'], 'Arts, A/V Technology & Communications', 'UNPAID', [10, 12], 'ON_SITE', 4, 8, 26, { credit: { amount: 0.5, subject: 'Visual Arts' } }],
  ['cedar-valley', 'cedar-valley-arts-council', 'EXTENDED_LEARNING', 'Summer Arts Intensive', 'Three weeks of studio practice with working artists; earns fine arts credit.', ['Drawing', 'Painting', 'Critique'], 'Arts, A/V Technology & Communications', 'UNPAID', [7, 12], 'ON_SITE', 25, 40, 48, { credit: { amount: 1, subject: 'Fine Arts' }, accessibilityNotes: 'Studios are wheelchair accessible; materials provided.' }],
  ['cedar-valley', 'sierra-polytechnic', 'APPRENTICESHIP', 'Research Apprenticeship: Soil Microbiology Lab', 'Join a university lab for the summer and present a poster at the research symposium.', ['Lab techniques', 'Data analysis', 'Scientific writing'], 'Science, Technology, Engineering & Mathematics', 'STIPEND', [11, 12], 'ON_SITE', 20, 4, 20, { compensationDetails: '$2,000 stipend', minimumAge: 16 }],
  ['cedar-valley', 'sierra-polytechnic', 'EXTENDED_LEARNING', 'Engineering Design ELO', 'Design and build a solution to a client problem with university mentors; earns engineering credit.', ['CAD', 'Design thinking', 'Teamwork'], 'Science, Technology, Engineering & Mathematics', 'UNPAID', [10, 12], 'HYBRID', 4, 20, -30, { credit: { amount: 1, subject: 'Engineering Design' } }],
  ['cedar-valley', 'cedar-valley-parks-rec', 'ON_THE_JOB', 'Junior Lifeguard to Lifeguard', 'Certification training followed by a paid summer lifeguard position.', ['Water safety', 'First aid', 'CPR'], 'Hospitality & Tourism', 'PAID', [9, 12], 'ON_SITE', 28, 15, 38, { compensationDetails: '$17/hour once certified', minimumAge: 15 }],
  ['cedar-valley', 'cedar-valley-parks-rec', 'PAID_INTERNSHIP', 'Summer Camp Counselor', 'Lead activities for campers ages 6-12 at city parks.', ['Leadership', 'Child development'], 'Education & Training', 'PAID', [10, 12], 'ON_SITE', 32, 25, 30, { compensationDetails: '$16/hour', minimumAge: 15 }],
  ['cedar-valley', 'first-community-church', 'SERVICE_LEARNING', 'Food Pantry Operations Team', 'Run intake, inventory and distribution at a community food pantry.', ['Logistics', 'Compassion', 'Spanish helpful'], 'Human Services', 'UNPAID', [7, 12], 'ON_SITE', 3, 30, null],
  ['cedar-valley', 'first-community-church', 'MENTORSHIP', 'Homework Help Mentors', 'Tutor elementary students after school and plan enrichment activities.', ['Tutoring', 'Patience'], 'Education & Training', 'UNPAID', [9, 12], 'ON_SITE', 3, 20, 16],
  ['cedar-valley', 'valley-family-clinic', 'JOB_SHADOWING', 'Community Health Worker Shadow', 'Shadow community health workers on home visits and health fairs.', ['Health education', 'Bilingual communication'], 'Health Science', 'UNPAID', [11, 12], 'ON_SITE', 6, 6, -45, { minimumAge: 16 }],
  ['cedar-valley', null, 'SIMULATED_WORKSITE', 'Virtual Enterprise: Student-Run Company', 'Run a simulated company that trades with virtual enterprises worldwide.', ['Accounting', 'Marketing', 'Negotiation'], 'Business Management & Administration', 'UNPAID', [10, 12], 'HYBRID', 5, 35, 22, { credit: { amount: 1, subject: 'Virtual Enterprise' } }],
  ['cedar-valley', null, 'UNPAID_INTERNSHIP', 'District Technology Help Desk Internship', 'Support teachers and students with devices and accounts at the district help desk.', ['Troubleshooting', 'Customer service'], 'Information Technology', 'UNPAID', [10, 12], 'ON_SITE', 6, 6, 19, { credit: { amount: 0.5, subject: 'IT Essentials' } }],
  ['cedar-valley', null, 'OTHER', 'Career Exploration Week (Middle School)', 'Visit five workplaces in five days and build a career plan with your counselor.', ['Career exploration', 'Reflection'], 'Education & Training', 'UNPAID', [6, 8], 'ON_SITE', 30, 120, 52],
];

const SESSION_VARIANTS = [
  { suffix: '', start: 0, deadlineShift: 0 },
  { suffix: ' (Fall cohort)', start: 120, deadlineShift: 100 },
];

function describe(title: string, summary: string, partner: string | null): string {
  const host = partner ? 'our partner' : 'the district';
  return `${summary}\n\nWhat you will do: work alongside professionals at ${host}, keep a weekly reflection log, and finish with a short presentation of what you learned.\n\nSupport: a school coordinator checks in every two weeks, and accommodations are available on request. ${title} is open to every eligible student; no prior experience is required unless listed.`;
}

/** About 60 listings across both districts: each row once, and the first half of rows in a second cohort. */
export const DEMO_OPPORTUNITIES: DemoOpportunity[] = rows.flatMap((row, index) => {
  const [district, partner, type, title, summary, skills, careerCluster, compensation, grades, locationMode, hoursPerWeek, capacity, deadline, extra] = row;
  const variants = index % 2 === 0 ? SESSION_VARIANTS : SESSION_VARIANTS.slice(0, 1);
  return variants.map((v) => ({
    district, partner, type, title: title + v.suffix, summary, description: describe(title, summary, partner),
    skills, careerCluster, compensation, grades, locationMode, hoursPerWeek, capacity,
    startInDays: (deadline ?? 0) + 14 + v.start, weeks: 8,
    deadlineInDays: deadline === null ? null : deadline + v.deadlineShift,
    ...extra,
  }));
});
