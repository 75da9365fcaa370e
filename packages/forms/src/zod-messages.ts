import { z } from 'zod'

/**
 * Plain Norwegian messages for the generic zod failures. Field-specific messages are written
 * in the schemas themselves; this map covers the rest so no English text reaches a user.
 */
export const norwegianErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Feltet må fylles ut.'
      return (
        (
          {
            string: 'Må være tekst.',
            number: 'Må være et tall.',
            int: 'Må være et helt tall.',
            boolean: 'Må være ja eller nei.',
            array: 'Må være en liste.',
            object: 'Må være et objekt.',
          } as Record<string, string>
        )[issue.expected] ?? 'Ugyldig verdi.'
      )
    case 'too_small':
      if (issue.origin === 'string') return `Må ha minst ${issue.minimum} tegn.`
      if (issue.origin === 'array') return `Velg minst ${issue.minimum}.`
      return `Må være minst ${issue.minimum}.`
    case 'too_big':
      if (issue.origin === 'string') return `Kan ha høyst ${issue.maximum} tegn.`
      if (issue.origin === 'array') return `Velg høyst ${issue.maximum}.`
      return `Kan være høyst ${issue.maximum}.`
    case 'invalid_value':
      return 'Ugyldig valg.'
    case 'invalid_format':
      return issue.format === 'date' ? 'Må være en dato (ÅÅÅÅ-MM-DD).' : 'Ugyldig format.'
    case 'unrecognized_keys':
      return 'Ukjent felt.'
    // Ly's schemas raise these only with their own Norwegian message, given where they are made.
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
      return 'Ugyldig verdi.'
  }
}

// Installed once, globally: every schema in browser and BFF speaks Norwegian.
z.config({ customError: norwegianErrorMap })
