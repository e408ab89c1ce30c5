import type { SecurityImageId } from '../../shared/security/security-images'
import type { ProfileId } from '../profiles'
import type { ProductPlan } from './product-plans'

/** What a demo member is for: tests, README and e2e pick members by role. */
export type DemoRole =
  | 'active'
  | 'temporary-password'
  | 'locked'
  | 'no-loans'
  | 'overdue-loan'
  | 'heavy'
  /** A member record without an online user yet: enrolls at the kiosk (member number + birth date + code). */
  | 'not-enrolled'

export interface DemoMember {
  role: DemoRole
  idNumber: string
  /**
   * Satisfies the profile's password policy; typeable on the kiosk keyboard. For 'not-enrolled' members it
   * is not seeded (they have no online user): it is the password demos choose when they enroll.
   */
  password: string
  fullName: string
  displayName: string
  memberNumber: string
  birthDate: string
  phone: string
  email: string
  payrollEntity: string | null
  /** Major units; null when the member declared no salary. */
  baseSalary: number | null
  joinedOn: string
  securityImageId: SecurityImageId
  securityPhrase: string
  products: readonly ProductPlan[]
}

const CO: readonly DemoMember[] = [
  {
    role: 'active',
    idNumber: '52874193',
    password: 'Coop2024',
    fullName: 'MARÍA FERNANDA GÓMEZ RESTREPO',
    displayName: 'María Fernanda Gómez',
    memberNumber: '004512',
    birthDate: '1979-04-12',
    phone: '+573104567812',
    email: 'maria.gomez@example.com',
    payrollEntity: 'SECRETARÍA DE EDUCACIÓN',
    baseSalary: 4_250_000,
    joinedOn: '2009-02-16',
    securityImageId: 'umbrella',
    securityPhrase: 'Mi perro se llama Rocky',
    products: [
      { kind: 'contribution', name: 'Aportes sociales', opening: 6_800_000, monthly: 85_000 },
      { kind: 'savings', name: 'Ahorro a la vista', opening: 2_350_000 },
      { kind: 'savings', name: 'Ahorro programado navideño', opening: 600_000 },
      {
        kind: 'loan',
        name: 'Crédito de libre inversión',
        principal: 18_000_000,
        termMonths: 60,
        monthlyRateBp: 115,
        paidBefore: 20,
      },
      { kind: 'term_deposit', name: 'CDAT 180 días', principal: 10_000_000, annualRateBp: 1050 },
      { kind: 'card', name: 'Tarjeta de crédito Visa Coopandes', limit: 5_000_000 },
      { kind: 'insurance', name: 'Seguro de vida deudores', monthly: 18_500 },
      // Appended after the first products, so theirs stay the same amounts (one generator per member).
      { kind: 'contribution', name: 'Ahorros permanentes', opening: 2_983_500, monthly: 45_900 },
      { kind: 'other_obligation', name: 'Convenio de medicina prepagada', monthly: 96_000 },
      { kind: 'deduction', name: 'Descuento de nómina aportes y crédito', monthly: 630_000 },
    ],
  },
  {
    role: 'temporary-password',
    idNumber: '79456123',
    password: 'Temp2024',
    fullName: 'JUAN CARLOS PÉREZ MORALES',
    displayName: 'Juan Carlos Pérez',
    memberNumber: '006233',
    birthDate: '1975-09-30',
    phone: '+573157894561',
    email: 'jcperez@example.com',
    payrollEntity: 'POLICÍA NACIONAL',
    baseSalary: 3_600_000,
    joinedOn: '2014-07-01',
    securityImageId: 'bicycle',
    securityPhrase: 'Mi primera bicicleta era roja',
    products: [
      { kind: 'contribution', name: 'Aportes sociales', opening: 3_100_000, monthly: 70_000 },
      { kind: 'savings', name: 'Ahorro a la vista', opening: 1_200_000 },
      {
        kind: 'loan',
        name: 'Crédito de vivienda',
        principal: 65_000_000,
        termMonths: 120,
        monthlyRateBp: 95,
        paidBefore: 30,
      },
      { kind: 'card', name: 'Tarjeta de crédito Visa Coopandes', limit: 3_000_000 },
    ],
  },
  {
    role: 'locked',
    idNumber: '43567890',
    password: 'Luz#2024',
    fullName: 'LUZ MARINA OSPINA CASTAÑO',
    displayName: 'Luz Marina Ospina',
    memberNumber: '003107',
    birthDate: '1968-01-22',
    phone: '+573006543210',
    email: 'luzmarina.ospina@example.com',
    payrollEntity: 'SECRETARÍA DE SALUD',
    baseSalary: 3_900_000,
    joinedOn: '2003-05-12',
    securityImageId: 'teacup',
    securityPhrase: 'Tomo té de manzanilla a las cinco',
    products: [
      { kind: 'contribution', name: 'Aportes sociales', opening: 9_400_000, monthly: 78_000 },
      { kind: 'savings', name: 'Ahorro a la vista', opening: 850_000 },
      {
        kind: 'loan',
        name: 'Crédito educativo',
        principal: 8_000_000,
        termMonths: 24,
        monthlyRateBp: 110,
        paidBefore: 6,
      },
      { kind: 'term_deposit', name: 'CDAT 360 días', principal: 15_000_000, annualRateBp: 1100 },
    ],
  },
  {
    role: 'no-loans',
    idNumber: '1020456789',
    password: 'Ahorro7',
    fullName: 'ANDRÉS FELIPE RAMÍREZ TORRES',
    displayName: 'Andrés Felipe Ramírez',
    memberNumber: '011874',
    birthDate: '1992-11-03',
    phone: '+573209876543',
    email: 'andres.ramirez@example.com',
    payrollEntity: null,
    baseSalary: 2_800_000,
    joinedOn: '2019-08-20',
    securityImageId: 'guitar',
    securityPhrase: 'Toco guitarra con mis amigos',
    products: [
      { kind: 'contribution', name: 'Aportes sociales', opening: 1_450_000, monthly: 50_000 },
      { kind: 'savings', name: 'Ahorro a la vista', opening: 3_900_000 },
      { kind: 'term_deposit', name: 'CDAT 90 días', principal: 5_000_000, annualRateBp: 980 },
    ],
  },
  {
    role: 'overdue-loan',
    idNumber: '41234567',
    password: 'Rosa*99',
    fullName: 'CARMEN ROSA VARGAS DÍAZ',
    displayName: 'Carmen Rosa Vargas',
    memberNumber: '001958',
    birthDate: '1958-06-14',
    phone: '+573112223344',
    email: 'carmenrosa.vargas@example.com',
    payrollEntity: 'COLPENSIONES',
    baseSalary: 2_100_000,
    joinedOn: '1998-03-02',
    securityImageId: 'apple',
    securityPhrase: 'Las manzanas de la finca de mi papá',
    products: [
      { kind: 'contribution', name: 'Aportes sociales', opening: 12_300_000, monthly: 42_000 },
      { kind: 'savings', name: 'Ahorro a la vista', opening: 420_000 },
      {
        kind: 'loan',
        name: 'Crédito de consumo',
        principal: 6_000_000,
        termMonths: 36,
        monthlyRateBp: 130,
        paidBefore: 10,
        overdueMonths: 2,
      },
      { kind: 'other_obligation', name: 'Convenio exequial', monthly: 32_000 },
    ],
  },
  {
    role: 'active',
    idNumber: '80123456',
    password: 'Jorge_7A',
    fullName: 'JORGE ELIÉCER MUÑOZ PATIÑO',
    displayName: 'Jorge Eliécer Muñoz',
    memberNumber: '008840',
    birthDate: '1983-12-08',
    phone: '+573014445566',
    email: 'jorge.munoz@example.com',
    payrollEntity: 'ECOPETROL S.A.',
    baseSalary: 7_800_000,
    joinedOn: '2011-10-10',
    securityImageId: 'keys',
    securityPhrase: 'Las llaves siempre en el mismo lugar',
    products: [
      { kind: 'contribution', name: 'Aportes sociales', opening: 8_900_000, monthly: 150_000 },
      { kind: 'savings', name: 'Ahorro a la vista', opening: 5_600_000 },
      { kind: 'savings', name: 'Ahorro contractual vivienda', opening: 12_000_000 },
      {
        kind: 'loan',
        name: 'Crédito de vehículo',
        principal: 42_000_000,
        termMonths: 72,
        monthlyRateBp: 105,
        paidBefore: 12,
      },
      {
        kind: 'loan',
        name: 'Crédito rotativo',
        principal: 5_000_000,
        termMonths: 24,
        monthlyRateBp: 140,
        paidBefore: 3,
      },
      { kind: 'term_deposit', name: 'CDAT 360 días', principal: 20_000_000, annualRateBp: 1100 },
      { kind: 'card', name: 'Tarjeta de crédito Mastercard Oro', limit: 12_000_000 },
    ],
  },
  {
    role: 'active',
    idNumber: 'V23456789',
    password: 'Gaby2024',
    fullName: 'GABRIELA ÁVILA ROJAS',
    displayName: 'Gabriela Ávila',
    memberNumber: '013305',
    birthDate: '1988-05-27',
    phone: '+573023456789',
    email: 'gabriela.avila@example.com',
    payrollEntity: 'UNIVERSIDAD DE ANTIOQUIA',
    baseSalary: 5_200_000,
    joinedOn: '2021-02-01',
    securityImageId: 'hat',
    securityPhrase: 'Mi sombrero favorito es de Aguadas',
    products: [
      { kind: 'contribution', name: 'Aportes sociales', opening: 2_600_000, monthly: 100_000 },
      { kind: 'savings', name: 'Ahorro a la vista', opening: 1_800_000 },
      {
        kind: 'loan',
        name: 'Crédito de libre inversión',
        principal: 9_000_000,
        termMonths: 36,
        monthlyRateBp: 120,
        paidBefore: 8,
      },
      { kind: 'card', name: 'Tarjeta de crédito Visa Coopandes', limit: 6_000_000 },
    ],
  },
  {
    role: 'heavy',
    idNumber: '71345678',
    password: 'Tienda24',
    fullName: 'HERNÁN DARÍO CASTAÑO LÓPEZ',
    displayName: 'Hernán Darío Castaño',
    memberNumber: '015520',
    birthDate: '1976-03-09',
    phone: '+573186667788',
    email: 'hernan.castano@example.com',
    payrollEntity: null,
    baseSalary: 6_500_000,
    joinedOn: '2012-06-04',
    securityImageId: 'gift-box',
    securityPhrase: 'Mi tienda abre a las seis',
    products: [
      { kind: 'contribution', name: 'Aportes sociales', opening: 5_400_000, monthly: 120_000 },
      // About 180 movements a month: more than 2,000 in the 12-month window.
      { kind: 'savings', name: 'Cuenta de ahorros comercial', opening: 40_000_000, movementsPerMonth: 180 },
      { kind: 'savings', name: 'Ahorro a la vista', opening: 1_500_000 },
    ],
  },
  {
    role: 'not-enrolled',
    idNumber: '1098765432',
    password: 'Nuevo24',
    fullName: 'SANDRA MILENA TORRES RESTREPO',
    displayName: 'Sandra Milena Torres',
    memberNumber: '016042',
    birthDate: '1994-02-17',
    phone: '+573104563129',
    email: 'sandra.torres@example.com',
    payrollEntity: 'ALCALDÍA DE MEDELLÍN',
    baseSalary: 3_100_000,
    joinedOn: '2022-09-12',
    // Never shown: until she enrolls, the ID step answers a decoy like for any non-member.
    securityImageId: 'feather',
    securityPhrase: 'Sin usuario en línea',
    products: [
      { kind: 'contribution', name: 'Aportes sociales', opening: 900_000, monthly: 60_000 },
      { kind: 'savings', name: 'Ahorro a la vista', opening: 450_000 },
    ],
  },
]

const PA: readonly DemoMember[] = [
  {
    role: 'active',
    idNumber: '87654321',
    password: 'Canal#2024',
    fullName: 'ROBERTO ARIEL BATISTA SAMUDIO',
    displayName: 'Roberto Ariel Batista',
    memberNumber: '10234',
    birthDate: '1980-08-19',
    phone: '+50761234567',
    email: 'roberto.batista@example.com',
    payrollEntity: 'CAJA DE SEGURO SOCIAL',
    baseSalary: 2_450,
    joinedOn: '2010-03-15',
    securityImageId: 'duck',
    securityPhrase: 'Los patos del lago Gatún',
    products: [
      { kind: 'contribution', name: 'Aportaciones', opening: 4_800, monthly: 50 },
      { kind: 'savings', name: 'Cuenta de ahorros', opening: 3_200 },
      {
        kind: 'loan',
        name: 'Préstamo personal',
        principal: 15_000,
        termMonths: 84,
        monthlyRateBp: 90,
        paidBefore: 24,
      },
      { kind: 'term_deposit', name: 'Plazo fijo 12 meses', principal: 10_000, annualRateBp: 400 },
      { kind: 'card', name: 'Tarjeta de crédito Visa Clásica', limit: 3_000 },
      { kind: 'insurance', name: 'Seguro de vida colectivo', monthly: 12.5 },
      { kind: 'other_obligation', name: 'Servicio de mortuoria', monthly: 8 },
      { kind: 'deduction', name: 'Descuento por planilla aportaciones', monthly: 310 },
    ],
  },
  {
    role: 'temporary-password',
    idNumber: '4567890',
    password: 'Temporal2024',
    fullName: 'ANA ISABEL CEDEÑO ARAÚZ',
    displayName: 'Ana Isabel Cedeño',
    memberNumber: '11870',
    birthDate: '1987-02-03',
    phone: '+50762345678',
    email: 'ana.cedeno@example.com',
    payrollEntity: 'MINISTERIO DE EDUCACIÓN',
    baseSalary: 1_650,
    joinedOn: '2016-09-01',
    securityImageId: 'feather',
    securityPhrase: 'Escribo poemas con pluma',
    products: [
      { kind: 'contribution', name: 'Aportaciones', opening: 2_100, monthly: 35 },
      { kind: 'savings', name: 'Cuenta de ahorros', opening: 900 },
      {
        kind: 'loan',
        name: 'Préstamo de auto',
        principal: 18_000,
        termMonths: 72,
        monthlyRateBp: 85,
        paidBefore: 20,
      },
      { kind: 'card', name: 'Tarjeta de crédito Visa Clásica', limit: 1_500 },
    ],
  },
  {
    role: 'locked',
    idNumber: '81234567',
    password: 'Bloqueo2024',
    fullName: 'JOSÉ MANUEL QUINTERO SALDAÑA',
    displayName: 'José Manuel Quintero',
    memberNumber: '08455',
    birthDate: '1971-10-30',
    phone: '+50763456789',
    email: 'jm.quintero@example.com',
    payrollEntity: 'AUTORIDAD DEL CANAL DE PANAMÁ',
    baseSalary: 3_800,
    joinedOn: '2007-01-20',
    securityImageId: 'zebra',
    securityPhrase: 'La cebra del zoológico de Summit',
    products: [
      { kind: 'contribution', name: 'Aportaciones', opening: 9_600, monthly: 80 },
      { kind: 'savings', name: 'Cuenta de ahorros', opening: 5_400 },
      {
        kind: 'loan',
        name: 'Préstamo hipotecario',
        principal: 85_000,
        termMonths: 240,
        monthlyRateBp: 60,
        paidBefore: 60,
      },
      { kind: 'term_deposit', name: 'Plazo fijo 24 meses', principal: 25_000, annualRateBp: 450 },
    ],
  },
  {
    role: 'no-loans',
    idNumber: '9123456',
    password: 'Ahorro2024',
    fullName: 'MARCELA JIMÉNEZ CASTILLO',
    displayName: 'Marcela Jiménez',
    memberNumber: '14502',
    birthDate: '1995-12-11',
    phone: '+50764567890',
    email: 'marcela.jimenez@example.com',
    payrollEntity: null,
    baseSalary: null,
    joinedOn: '2020-06-10',
    securityImageId: 'gift-box',
    securityPhrase: 'Me encantan las sorpresas de cumpleaños',
    products: [
      { kind: 'contribution', name: 'Aportaciones', opening: 1_150, monthly: 25 },
      { kind: 'savings', name: 'Cuenta de ahorros', opening: 2_750 },
      { kind: 'savings', name: 'Cuenta de ahorro navideño', opening: 300 },
      { kind: 'term_deposit', name: 'Plazo fijo 6 meses', principal: 5_000, annualRateBp: 350 },
    ],
  },
  {
    role: 'overdue-loan',
    idNumber: '6543210',
    password: 'Jubilado2024',
    fullName: 'LUIS ALBERTO RODRÍGUEZ CEDEÑO',
    displayName: 'Luis Alberto Rodríguez',
    memberNumber: '05120',
    birthDate: '1956-04-07',
    phone: '+50765678901',
    email: 'luis.rodriguez@example.com',
    payrollEntity: 'CAJA DE SEGURO SOCIAL',
    baseSalary: 1_200,
    joinedOn: '1999-11-05',
    securityImageId: 'power-button',
    securityPhrase: 'Apago la luz antes de dormir',
    products: [
      { kind: 'contribution', name: 'Aportaciones', opening: 7_300, monthly: 30 },
      { kind: 'savings', name: 'Cuenta de ahorros', opening: 640 },
      {
        kind: 'loan',
        name: 'Préstamo personal',
        principal: 6_000,
        termMonths: 48,
        monthlyRateBp: 110,
        paidBefore: 15,
        overdueMonths: 3,
      },
      { kind: 'other_obligation', name: 'Convenio funerario', monthly: 15 },
    ],
  },
  {
    role: 'active',
    idNumber: 'E8123456',
    password: 'Panama507',
    fullName: 'DANIELA ROJAS HERNÁNDEZ',
    displayName: 'Daniela Rojas',
    memberNumber: '15077',
    birthDate: '1990-07-21',
    phone: '+50766789012',
    email: 'daniela.rojas@example.com',
    payrollEntity: 'BANCO NACIONAL DE PANAMÁ',
    baseSalary: 2_900,
    joinedOn: '2018-04-23',
    securityImageId: 'hat',
    securityPhrase: 'Mi sombrero pintao de Penonomé',
    products: [
      { kind: 'contribution', name: 'Aportaciones', opening: 1_900, monthly: 60 },
      { kind: 'savings', name: 'Cuenta de ahorros', opening: 4_100 },
      {
        kind: 'loan',
        name: 'Préstamo personal',
        principal: 12_000,
        termMonths: 60,
        monthlyRateBp: 95,
        paidBefore: 18,
      },
      { kind: 'card', name: 'Tarjeta de crédito Mastercard', limit: 4_000 },
    ],
  },
  {
    role: 'not-enrolled',
    idNumber: '8765432',
    password: 'Registro2024',
    fullName: 'KATHERINE YARISEL GONZÁLEZ BATISTA',
    displayName: 'Katherine González',
    memberNumber: '16233',
    birthDate: '1993-10-05',
    phone: '+50767123129',
    email: 'katherine.gonzalez@example.com',
    payrollEntity: 'MINISTERIO DE SALUD',
    baseSalary: 1_400,
    joinedOn: '2021-05-03',
    // Never shown: until she enrolls, the ID step answers a decoy like for any non-member.
    securityImageId: 'feather',
    securityPhrase: 'Sin usuario en línea',
    products: [
      { kind: 'contribution', name: 'Aportaciones', opening: 1_300, monthly: 40 },
      { kind: 'savings', name: 'Cuenta de ahorros', opening: 620 },
    ],
  },
]

/** The seeded members of each profile, with their clear-text demo passwords (sandbox only). */
export const DEMO_MEMBERS: Record<ProfileId, readonly DemoMember[]> = { co: CO, pa: PA }

/** The first demo member of a profile with the given role. */
export function demoMember(profile: ProfileId, role: DemoRole): DemoMember {
  const found = DEMO_MEMBERS[profile].find((m) => m.role === role)
  if (!found) throw new Error(`no demo member with role ${role} in profile ${profile}`)
  return found
}
