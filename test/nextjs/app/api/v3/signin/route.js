// GenAuth's sign-in, stood in for: the code 123456 signs anyone in (GenAuth's token set),
// any other is refused as GenAuth refuses a wrong code. GET reads how many requests came.
let requests = 0;

export async function POST(request) {
  requests += 1;
  const { passCodePayload } = await request.json();
  if (passCodePayload?.passCode !== '123456') {
    return Response.json({ statusCode: 400, apiCode: 2001, message: 'Invalid code' });
  }
  return Response.json({
    statusCode: 200,
    message: 'ok',
    data: { access_token: 'next-token', token_type: 'Bearer', expires_in: 7200 },
  });
}

export async function GET() {
  return Response.json({ requests });
}
