export const metadata = { title: 'genauth-sms-react in Next.js' };

/** The root layout every App Router app has. */
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
