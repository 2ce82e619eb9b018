// Reference data of the large-data generator: names, places, sites, reasons, hour-entry notes and the
// two program levels' requirements, plus the accounts every generated user shares.
export const PASSWORD = 'PharmTech!2026';
export const EMAIL_DOMAIN = 'large.ptp.test';

export const CITIES = ['Riverside', 'Lakeview', 'Cedar Falls', 'Maple Grove', 'Harborview', 'Pine Ridge', 'Fairmont', 'Oak Hollow', 'Summit', 'Brookfield',
  'Westgate', 'Silver Lake', 'Granite City', 'Elm Park', 'Bayside', 'Northfield', 'Clearwater', 'Redwood', 'Ashford', 'Willow Creek'];
export const SCHOOLS = ['Community College', 'Technical Institute', 'College of Health Sciences', 'Career Academy'];
export const TIME_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix'];
export const FIRST = ['Ava', 'Ben', 'Carla', 'Diego', 'Emma', 'Farah', 'Gabe', 'Hana', 'Isaac', 'Jade', 'Kofi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya', 'Quinn',
  'Rosa', 'Sam', 'Tariq', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aaron', 'Bianca', 'Caleb', 'Daria', 'Elijah', 'Fatima', 'Grace', 'Hugo',
  'Ines', 'Jamal', 'Keiko', 'Liam', 'Maya', 'Nikolai', 'Olivia', 'Pedro', 'Rania', 'Sofia', 'Theo', 'Valeria', 'William', 'Yara', 'Zain', 'Amara'];
export const LAST = ['Nguyen', 'Okafor', 'Martinez', 'Smith', 'Kowalski', 'Haddad', 'Johnson', 'Tanaka', 'Brown', 'Lee', 'Mensah', 'Fischer', 'Garcia',
  'Walsh', 'Rahman', 'Patel', 'Murphy', 'Lopez', 'Rivera', 'Aziz', 'Singh', 'Petrov', 'Chen', 'Reyes', 'Demir', 'Clark', 'Cohen', 'Rossi', 'Young',
  'Ivanova', 'Hernandez', 'Kim', 'Davis', 'Novak', 'Oyelaran', 'Park', 'Quintero', 'Sato', 'Thompson', 'Ueda', 'Vargas', 'Wright', 'Xu', 'Yilmaz',
  'Zhang', 'Abadi', 'Becker', 'Castillo', 'Dubois', 'Ekström'];
export const STREETS = ['Main St', 'Oak Ave', 'Elm St', 'Park Blvd', 'Lake Rd', 'Hill St', 'Center Ave', 'Washington St', 'Market St', 'College Dr'];
/** 15 sites per program: [setting, name]. */
export const SITE_TEMPLATES = [
  ['COMMUNITY', 'Corner Drug'], ['COMMUNITY', 'Family Pharmacy'], ['COMMUNITY', 'Neighborhood Rx'], ['COMMUNITY', 'Main Street Apothecary'],
  ['COMMUNITY', 'Wellness Pharmacy'], ['HOSPITAL', 'General Hospital Pharmacy'], ['HOSPITAL', 'Medical Center Inpatient Pharmacy'],
  ['HOSPITAL', "Children's Hospital Pharmacy"], ['HOSPITAL', 'Regional Health IV Room'], ['LONG_TERM_CARE', 'Senior Care Pharmacy Services'],
  ['LONG_TERM_CARE', 'Extended Care Rx'], ['COMPOUNDING', 'Compounding Lab'], ['MAIL_ORDER', 'Mail Order Fulfillment Center'],
  ['SPECIALTY', 'Specialty Pharmacy'], ['NUCLEAR', 'Nuclear Pharmacy'],
];
export const LOA_REASONS = ['MEDICAL', 'PERSONAL', 'FINANCIAL', 'MILITARY', 'FAMILY_CARE', 'PREGNANCY'];
export const WITHDRAW_REASONS = ['PERSONAL', 'FINANCIAL', 'EMPLOYMENT_CONFLICT', 'RELOCATION', 'FAMILY_CARE', 'MEDICAL', 'CONTINUING_EDUCATION', 'ACADEMIC'];
export const DISMISS_REASONS = ['ACADEMIC', 'ATTENDANCE', 'CONDUCT'];
export const TRANSFER_REASONS = ['TRANSFER_TO_OTHER_PROGRAM', 'RELOCATION'];
export const NOTES = {
  DIDACTIC: ['Pharmacy law and ethics lecture', 'Pharmacology: cardiovascular drugs', 'Medical terminology module', 'Pharmaceutical calculations',
    'Sterile compounding theory (USP 797)', 'Drug classifications quiz review', 'Insurance and third-party billing lecture', 'Top 200 drugs study session',
    'Controlled substances and DEA schedules', 'Medication safety and error prevention'],
  SIMULATED: ['Lab: non-sterile compounding (USP 795)', 'Lab: IV admixture with aseptic technique', 'Simulated prescription intake and data entry',
    'Mock inventory and DEA Form 222 exercise', 'Lab: unit-dose repackaging', 'Simulated patient counseling referral', 'Lab: hood cleaning and garbing'],
  EXPERIENTIAL: ['Filled and labeled prescriptions under supervision', 'Inventory count and order reconciliation', 'Third-party billing and claim rejections',
    'Unit-dose repackaging for the floors', 'Medication history interviews with the pharmacist', 'Prepared IV admixtures under pharmacist supervision',
    'Automated dispensing cabinet restock', 'Prior authorization paperwork', 'Compounded creams and suspensions', 'Drive-through and will-call pickups'],
};
export const sqlTextArray = (arr) => `ARRAY[${arr.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]`;

export const LEVELS = {
  ENTRY: { minTotalHours: 400, minWeeks: 8, minRotations: 1, minSingle: 130, minRotationTotal: null, reqs: [['DIDACTIC', null, 120], ['SIMULATED', null, 50], ['EXPERIENTIAL', null, 130]], days: 182, externshipOffset: 112 },
  ADVANCED: { minTotalHours: 600, minWeeks: 15, minRotations: 2, minSingle: null, minRotationTotal: 200, reqs: [['DIDACTIC', null, 160], ['SIMULATED', null, 100], ['EXPERIENTIAL', null, 200]], days: 280, externshipOffset: 168 },
};
