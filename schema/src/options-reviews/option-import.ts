import { z } from 'zod';
import { OptionResponse } from './options.ts';

/** The languages of an import template's headings and of an import's error messages. */
export const ImportLanguage = z.enum(['de', 'en']).meta({
  description:
    'Language of headings and messages; without it, the first of de or en in Accept-Language, else en',
  examples: ['de'],
});

export const OptionImportTemplateQuery = z.strictObject({
  format: z
    .enum(['xlsx', 'csv'])
    .default('xlsx')
    .meta({ description: 'XLSX workbook, or CSV with semicolons, UTF-8 with BOM' }),
  lang: ImportLanguage.optional(),
});
export type OptionImportTemplateQuery = z.output<typeof OptionImportTemplateQuery>;

export const OptionImportQuery = z.strictObject({ lang: ImportLanguage.optional() });
export type OptionImportQuery = z.output<typeof OptionImportQuery>;

export const OptionImportResponse = z
  .strictObject({
    options: z.array(OptionResponse).meta({ description: 'The new options, in the file’s order' }),
  })
  .meta({
    id: 'OptionImportResponse',
    examples: [
      {
        options: [
          {
            id: '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182',
            reviewId: '7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60',
            name: 'openDesk beim Landesdienstleister',
            vendorName: 'Dataport AöR (fiktiv)',
            serviceName: 'openDesk',
            offer: {
              answers: { 'eu-data': 'Rechenzentren in Hamburg und Schleswig-Holstein' },
              assessments: { availability: { kind: 'metric', value: 99.9 } },
              price: { kind: 'totalPrice', amount: 1250000 },
            },
            checkedAgainstSchemeVersion: 2,
            registrySource: null,
            version: 1,
            createdBy: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
            createdAt: '2026-12-05T11:00:00.000Z',
            updatedBy: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
            updatedAt: '2026-12-05T11:00:00.000Z',
          },
        ],
      },
    ],
  });
export type OptionImportResponse = z.output<typeof OptionImportResponse>;
