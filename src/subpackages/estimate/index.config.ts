export default definePageConfig({ navigationBarTitleText: '分娩费用估算' });
