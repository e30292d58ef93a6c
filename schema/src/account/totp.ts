import { z } from 'zod';

const base32Key = z
  .string()
  .regex(/^[A-Z2-7]+=*$/)
  .max(64)
  .meta({
    description: 'The TOTP key in base32 (RFC 4648)',
    examples: ['JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'],
  });

export const TotpEnrolmentResponse = z
  .strictObject({
    keyUri: z.string().meta({
      description: 'The `otpauth://` URI authenticator apps read',
      examples: [
        'otpauth://totp/Tenderwise:a.officer%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Tenderwise&algorithm=SHA1&digits=6&period=30',
      ],
    }),
    qrCodeSvg: z.string().meta({
      description: 'The key URI as an SVG QR code, to show inline',
      examples: ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 41 41">…</svg>'],
    }),
    secret: base32Key,
  })
  .meta({
    id: 'TotpEnrolmentResponse',
    description:
      'A new key, not stored yet: send it back with the first code to confirm the set-up.',
  });
export type TotpEnrolmentResponse = z.infer<typeof TotpEnrolmentResponse>;

export const ConfirmTotpEnrolmentRequest = z
  .strictObject({
    secret: base32Key,
    code: z
      .string()
      .min(1)
      .max(16)
      .meta({ examples: ['492039'] }),
  })
  .meta({
    id: 'ConfirmTotpEnrolmentRequest',
    examples: [{ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', code: '492039' }],
  });
export type ConfirmTotpEnrolmentRequest = z.infer<typeof ConfirmTotpEnrolmentRequest>;

export const RecoveryCodesResponse = z
  .strictObject({
    recoveryCodes: z.array(z.string()).meta({
      description: 'One-time recovery codes, shown this once and stored only hashed',
    }),
  })
  .meta({
    id: 'RecoveryCodesResponse',
    examples: [{ recoveryCodes: ['7kq3-vx2m-9hfd', 'p4ra-82cz-tn6w'] }],
  });
export type RecoveryCodesResponse = z.infer<typeof RecoveryCodesResponse>;

export const ResetOwnTotpRequest = z
  .strictObject({
    password: z.string().min(1).max(1024).meta({ description: 'The current password again' }),
  })
  .meta({
    id: 'ResetOwnTotpRequest',
    examples: [{ password: 'correct horse battery staple' }],
  });
export type ResetOwnTotpRequest = z.infer<typeof ResetOwnTotpRequest>;
