import ExcelJS from 'exceljs'

/** Reads an .xlsx file back (exceljs types its input as an older Node Buffer, hence the cast). */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0])
  return workbook
}
