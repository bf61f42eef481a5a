// GenAuth's send-sms, stood in for by a route handler: counts the requests per number and
// answers GenAuth's success envelope. GET ?phone=+86... reads the count.
const sent = new Map();

export async function POST(request) {
  const body = await request.json();
  const phone = `${body.phoneCountryCode ?? '+86'}${body.phoneNumber ?? ''}`;
  sent.set(phone, (sent.get(phone) ?? 0) + 1);
  return Response.json({ statusCode: 200, message: 'ok', requestId: `next-${sent.size}` });
}

export async function GET(request) {
  const phone = new URL(request.url).searchParams.get('phone') ?? '';
  return Response.json({ requests: sent.get(phone) ?? 0 });
}
